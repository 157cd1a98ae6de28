import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isZwgkError } from '@zwgk/core';
import type { ApplicationForm } from './application-form.js';
import type { CaseRow } from './case-rows.js';
import type { Officer } from './decisions.js';
import type { NationalApplicationForm } from './national-form.js';
import type { AnyApplicationForm, OaService } from './oa-service.js';

const MAX_BODY_BYTES = 64 * 1024;

export interface OaServerOptions {
  /** Who registers applications posted to the page: in a real OA, the logged-in clerk. */
  readonly receptionist: Officer;
}

/**
 * A deliberately small node:http front end: `GET /` renders the case list as HTML with the
 * application form of the regulation in force today (国务院令第711号's, or on a `--now` in 2018–2022
 * the Xiji rules'), `POST /applications` (an urlencoded form) registers one and redirects back.
 * No framework, no sessions: the OA's own web layer replaces this.
 */
export function createOaServer(service: OaService, options: OaServerOptions): Server {
  return createServer((req, res) => {
    handle(service, options, req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, page('服务器错误', `<p class="error">${escapeHtml(String(error))}</p>`));
      else res.end();
    });
  });
}

async function handle(service: OaService, options: OaServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (req.method === 'GET' && path === '/') return send(res, 200, await listPage(service));
  if (req.method === 'POST' && path === '/applications') {
    const body = await readBody(req);
    if (body === undefined) return send(res, 413, page('申请过大', '<p class="error">请求体超过 64 KB。</p>'));
    try {
      await service.receiveApplication(formFrom(new URLSearchParams(body)), options.receptionist);
    } catch (error) {
      // The engine's typed errors name what is wrong (a missing 第六条 field, an invalid ID number,
      // a date outside the regulation's term): show them; anything else is a server error.
      if (!isZwgkError(error)) throw error;
      return send(res, 400, await listPage(service, `未能登记（${error.code}）：${error.message}`));
    }
    res.writeHead(303, { location: '/' }).end();
    return;
  }
  send(res, 404, page('未找到', '<p>只有 <a href="/">案件列表</a>。</p>'));
}

/** The posted form: a national one when it names the applicant's kind (the page's form for today), else the Xiji one. */
function formFrom(params: URLSearchParams): AnyApplicationForm {
  const field = (name: string) => params.get(name)?.trim() || undefined;
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = field(name);
    return allowed.includes(value as T) ? (value as T) : fallback;
  };
  const receivedAt = field('receivedAt');
  if (params.has('applicantKind')) {
    const submittedAt = field('submittedAt');
    const national: NationalApplicationForm = {
      channel: pick('channel', ['inPerson', 'oral', 'registeredPost', 'ordinaryPost', 'online', 'fax'], 'inPerson'),
      // An unknown kind is passed on: the engine refuses it (INVALID_PAYLOAD) rather than guessing one.
      applicantKind: (field('applicantKind') ?? '') as NationalApplicationForm['applicantKind'],
      applicantName: field('applicantName') ?? '',
      identityDocument: field('identityDocument') ?? '',
      contact: field('contact') ?? '',
      description: field('description') ?? '',
      form: field('form') ?? '',
      ...(field('filledInBy') ? { filledInBy: field('filledInBy')! } : {}),
      ...(submittedAt ? { submittedAt } : {}),
      ...(receivedAt ? { receivedAt } : {}),
    };
    return national;
  }
  const xiji: ApplicationForm = {
    channel: pick('channel', ['writing', 'electronic', 'oral'], 'writing'),
    applicantType: pick('applicantType', ['citizen', 'organisation'], 'citizen'),
    applicantName: field('applicantName') ?? '',
    contact: field('contact') ?? '',
    ...(field('idNumber') ? { idNumber: field('idNumber')! } : {}),
    ...(field('creditCode') ? { creditCode: field('creditCode')! } : {}),
    description: field('description') ?? '',
    form: pick('form', ['paper', 'electronic', 'inspection', 'copy', 'other'], 'paper'),
    ...(receivedAt ? { receivedAt } : {}),
  };
  return xiji;
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(html);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body { font-family: sans-serif; margin: 2em; }
table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: .3em .6em; text-align: left; }
tr.warning { background: #fff3c4; } tr.overdue { background: #f8c9c4; } tr.closed { color: #666; }
.error { color: #a00; } label { display: block; margin: .3em 0; }
</style></head><body>
${body}
</body></html>`;
}

function flagOf(row: CaseRow): string {
  if (row.overdue) return '已逾期';
  if (row.warning) return '临期';
  return '';
}

function rowHtml(row: CaseRow): string {
  const cls = row.overdue ? 'overdue' : row.warning ? 'warning' : row.closed ? 'closed' : '';
  const cells = [
    row.caseId,
    row.applicant,
    row.subject,
    row.receivedAt,
    row.state,
    // The reply period unless the office waits on the applicant's own (补正, 缴费): then say which.
    row.deadline && row.deadline !== '答复期限' ? `${row.deadline} ${row.due}` : row.due,
    row.workingDaysLeft === null ? '' : String(row.workingDaysLeft),
    [flagOf(row), ...row.breaches].filter(Boolean).join('；'),
  ];
  return `<tr class="${cls}" data-case-id="${escapeHtml(row.caseId)}">${cells.map((c, i) => (i === 5 ? `<td title="${escapeHtml(`${row.deadlineCitation} ${row.dueExplanation}`.trim())}">` : '<td>') + escapeHtml(c) + '</td>').join('')}</tr>`;
}

const NATIONAL_FORM = `<form method="post" action="/applications">
<label>提交方式（第三十一条） <select name="channel"><option value="inPerson">当面提交</option><option value="oral">口头提出（代为填写）</option><option value="registeredPost">挂号信（以签收之日为收到之日）</option><option value="ordinaryPost">平常信函（以确认之日为收到之日）</option><option value="online">互联网（以双方确认之日为收到之日）</option><option value="fax">传真（以双方确认之日为收到之日）</option></select></label>
<label>申请人类别 <select name="applicantKind"><option value="naturalPerson">自然人</option><option value="commercialEnterprise">商业企业</option><option value="researchInstitution">科研机构</option><option value="publicInterestOrganisation">社会公益组织</option><option value="legalServiceProvider">法律服务机构</option><option value="otherOrganisation">其他组织</option></select></label>
<label>姓名或者名称（第二十九条第二款第一项） <input name="applicantName" required></label>
<label>身份证明 <input name="identityDocument" required placeholder="居民身份证 6404…／统一社会信用代码 9164…"></label>
<label>联系方式 <input name="contact" required></label>
<label>所需政府信息的名称、文号或者特征性描述（第二项） <input name="description" size="60" required></label>
<label>形式要求，包括获取方式、途径（第三项） <input name="form" required placeholder="纸质件邮寄"></label>
<label>代为填写人（口头提出的） <input name="filledInBy"></label>
<label>提交时间（留空为收到时间，如 2026-12-01T22:10:00+08:00） <input name="submittedAt"></label>
<label>签收或确认时间（留空为现在） <input name="receivedAt"></label>
<button type="submit">登记</button>
</form>`;

const XIJI_FORM = `<form method="post" action="/applications">
<label>申请方式 <select name="channel"><option value="writing">书面</option><option value="electronic">数据电文</option></select></label>
<label>申请人类型 <select name="applicantType"><option value="citizen">公民</option><option value="organisation">法人或其他组织</option></select></label>
<label>姓名或名称 <input name="applicantName" required></label>
<label>联系方式 <input name="contact" required></label>
<label>居民身份证号码（公民） <input name="idNumber"></label>
<label>统一社会信用代码（组织） <input name="creditCode"></label>
<label>所需信息的内容描述 <input name="description" size="60" required></label>
<label>形式要求 <select name="form"><option value="paper">纸质</option><option value="electronic">电子</option><option value="inspection">查阅</option><option value="copy">复制件</option></select></label>
<label>收到时间（留空为现在，如 2020-09-29T10:00:00+08:00） <input name="receivedAt"></label>
<button type="submit">登记</button>
</form>`;

async function listPage(service: OaService, error?: string): Promise<string> {
  const rows = await service.caseList();
  const preset = service.presetOn();
  const table = rows.length
    ? `<table><thead><tr><th>文号</th><th>申请人</th><th>申请内容</th><th>收到时间</th><th>状态</th><th>期限</th><th>剩余工作日（不含今日）</th><th>提醒</th></tr></thead>
<tbody>${rows.map(rowHtml).join('\n')}</tbody></table>`
    : '<p>暂无申请。</p>';
  return page(
    '政府信息公开申请 — 案件列表',
    `<h1>政府信息公开申请</h1>
${error ? `<p class="error">${escapeHtml(error)}</p>` : ''}
${table}
<h2>登记申请（${escapeHtml(preset.documentNumber)}《${escapeHtml(preset.title)}》）</h2>
${preset.id === 'national-2019' ? NATIONAL_FORM : XIJI_FORM}`,
  );
}
