import { type CaseTimeline, type DeadlineBar, formatBeijing, type ScenarioReport, VERDICT_WORDS } from '@zwgk/scenarios';
import { bilingual, escapeHtml } from './html.js';
import { timelineChart } from './timeline-chart.js';

const VERDICTS = [
  'met',
  'missed',
  'overdue',
  'elapsed',
  'deemed',
  'open',
  'cancelled',
] as const satisfies readonly DeadlineBar['verdict'][];
const VERDICT: Record<DeadlineBar['verdict'], [string, string]> = Object.fromEntries(
  VERDICTS.map((v) => [v, [VERDICT_WORDS[v].zh, VERDICT_WORDS[v].en]]),
) as Record<DeadlineBar['verdict'], [string, string]>;
const STATUS: Record<string, [string, string]> = { open: ['办理中', 'open'], done: ['已办结', 'done'], ended: ['已终止', 'ended'] };
const UNIT: Record<DeadlineBar['unit'], [string, string]> = {
  workingDays: ['个工作日', 'working days'],
  calendarDays: ['日', 'calendar days'],
  hours: ['小时', 'hours'],
};

const STYLE = `
body{font:14px/1.5 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1040px;padding:16px;color:#1d1d1f}
body[data-lang=zh] [lang=en],body[data-lang=en] [lang=zh]{display:none}
header{display:flex;justify-content:space-between;align-items:baseline;border-bottom:2px solid #b4232a;margin-bottom:12px}
h1{font-size:22px;margin:8px 0} h2{font-size:18px;margin:24px 0 4px} h3{font-size:15px;margin:16px 0 4px}
.lang button{border:1px solid #999;background:#fff;padding:2px 10px;cursor:pointer} .lang button[aria-pressed=true]{background:#b4232a;color:#fff;border-color:#b4232a}
.ok{color:#1a7f37} .failed{color:#b4232a} .file,.muted{color:#666;font-size:12px}
table{border-collapse:collapse;width:100%;margin:6px 0;font-size:13px} th,td{border-bottom:1px solid #e3e3e3;text-align:left;padding:3px 6px;vertical-align:top}
th,td{min-width:3.5em} td.at,td.num{white-space:nowrap;min-width:0} td.wide{min-width:16em}
.case{border-left:3px solid #ddd;padding-left:12px;margin:12px 0} .case .case{margin-left:8px}
.timeline-chart{background:#fafafa;border:1px solid #e3e3e3;margin:6px 0}
.timeline-chart .axis{font-size:10px;fill:#666} .timeline-chart .grid{stroke:#e6e6e6} .timeline-chart .row-label{font-size:12px;fill:#333}
.deadline-bar.verdict-met,.legend .verdict-met,.badge.verdict-met{fill:#2da44e;background:#2da44e}
.deadline-bar.verdict-missed,.legend .verdict-missed,.badge.verdict-missed{fill:#cf222e;background:#cf222e}
.deadline-bar.verdict-overdue,.legend .verdict-overdue,.badge.verdict-overdue{fill:#fb8f44;background:#fb8f44}
.deadline-bar.verdict-open,.legend .verdict-open,.badge.verdict-open{fill:#54aeff;background:#54aeff}
.deadline-bar.verdict-cancelled,.legend .verdict-cancelled,.badge.verdict-cancelled{fill:#afb8c1;background:#afb8c1}
.deadline-bar.verdict-elapsed,.legend .verdict-elapsed,.badge.verdict-elapsed{fill:#1b7c83;background:#1b7c83}
.deadline-bar.verdict-deemed,.legend .verdict-deemed,.badge.verdict-deemed{fill:#6639ba;background:#6639ba}
.timeline-chart .event-num{font-size:9px;fill:#57606a} td.num{color:#57606a;font-size:12px}
.pause{fill:url(#hatch);opacity:.85} .legend .pause{background:repeating-linear-gradient(45deg,#8a8a8a 0 3px,#fff 3px 6px)}
.overrun{stroke:#cf222e;stroke-width:3;stroke-dasharray:6 3} .end-mark{fill:#fff;stroke:#1d1d1f;stroke-width:1.5} .slack-bar{fill:#2da44e;opacity:.3} .warn-mark{stroke:#9a6700;stroke-width:2;stroke-dasharray:3 2} .event{fill:#57606a} .event.kind-event-rejected,.event.kind-breach-recorded{fill:#cf222e} .event.kind-notice-sent{fill:#8250df}
.legend{display:flex;gap:14px;flex-wrap:wrap;font-size:12px;margin:4px 0} .legend i{display:inline-block;width:14px;height:10px;margin-right:4px;vertical-align:middle}
.badge{display:inline-block;padding:0 6px;border-radius:8px;color:#fff;font-size:12px}
`;

const SCRIPT = `
(function(){var b=document.body;function set(l){b.dataset.lang=l;document.documentElement.lang=l==='zh'?'zh-CN':'en';
document.querySelectorAll('[data-set-lang]').forEach(function(x){x.setAttribute('aria-pressed',String(x.dataset.setLang===l))});}
document.querySelectorAll('[data-set-lang]').forEach(function(x){x.addEventListener('click',function(){set(x.dataset.setLang);history.replaceState(null,'','#'+x.dataset.setLang)})});
set(location.hash==='#en'?'en':'zh');})();`;

function legend(): string {
  const item = (cls: string, zh: string, en: string) => `<span><i class="${cls}"></i>${bilingual(zh, en)}</span>`;
  return `<div class="legend">${item('verdict-met', '按期办结', 'met')}${item('verdict-missed', '逾期', 'missed')}${item('verdict-overdue', '已逾期未办结', 'overdue, still open')}${item('verdict-elapsed', '期满（按规定届满）', 'elapsed (ran out by design)')}${item('verdict-deemed', '视为同意（逾期未答复）', 'deemed consent (silence)')}${item('verdict-open', '未到期', 'open')}${item('verdict-cancelled', '撤销', 'cancelled')}${item('pause', '暂停计时', 'clock stopped')}</div>`;
}

function deadlineTable(deadlines: readonly DeadlineBar[]): string {
  if (deadlines.length === 0) return '';
  const rows = deadlines.map((d) => {
    const [vzh, ven] = VERDICT[d.verdict];
    const [uzh, uen] = UNIT[d.unit];
    const pauses = d.pauses.map((p) => `${formatBeijing(p.from)} – ${p.to ? formatBeijing(p.to) : '…'}`).join('<br>');
    return `<tr data-verdict="${d.verdict}"><td>${bilingual(d.label.zh, d.label.en)}</td><td>${d.length} ${bilingual(uzh, uen)}${d.extensions.length ? ` +${d.extensions.join(' +')}` : ''}</td><td class="at">${formatBeijing(d.startedAt)}</td><td class="at">${formatBeijing(d.dueAt)}</td><td class="at">${pauses || '—'}</td><td><span class="badge verdict-${d.verdict}">${bilingual(vzh, ven)}</span>${d.endedAt ? `<br><span class="at">${formatBeijing(d.endedAt)}</span>` : ''}</td><td class="wide">${escapeHtml(d.citation)}<div class="muted">${d.explanation.map(escapeHtml).join('<br>')}</div></td></tr>`;
  });
  return `<table class="deadlines"><thead><tr><th>${bilingual('期限', 'deadline')}</th><th>${bilingual('时长', 'length')}</th><th>${bilingual('起算', 'started')}</th><th>${bilingual('届满', 'due')}</th><th>${bilingual('暂停', 'paused')}</th><th>${bilingual('结果', 'verdict')}</th><th>${bilingual('依据', 'clause')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function entryTable(timeline: CaseTimeline): string {
  const rows = timeline.entries.map(
    (e) =>
      `<tr data-seq="${e.seq}"><td class="num">${e.seq}</td><td class="at">${formatBeijing(e.at)}</td><td>${bilingual(e.label.zh, e.label.en)}</td><td>${e.actor ? escapeHtml(`${e.actor.id} (${e.actor.role})`) : ''}</td><td class="wide" title="${escapeHtml(e.text)}">${bilingual(e.words.zh, e.words.en)}</td><td>${e.clauses.map((c) => escapeHtml(c.citation)).join('<br>')}</td></tr>`,
  );
  return `<details><summary>${bilingual(`时间线（${timeline.entries.length}条审计记录，编号与图中事件点对应）`, `timeline (${timeline.entries.length} audit entries, numbered as the chart's event dots)`)}</summary><table class="entries"><thead><tr><th>#</th><th>${bilingual('时间', 'at')}</th><th>${bilingual('类别', 'kind')}</th><th>${bilingual('操作人', 'actor')}</th><th>${bilingual('内容', 'what')}</th><th>${bilingual('依据', 'clause')}</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}

function caseSection(timeline: CaseTimeline): string {
  const name = timeline.alias ? `${timeline.alias} · ${timeline.caseId}` : timeline.caseId;
  return `<article class="case" data-case="${escapeHtml(timeline.caseId)}">
<h3>${bilingual(timeline.module.title.zh, timeline.module.title.en)} <span class="muted">${escapeHtml(`${name} · ${timeline.module.id}@${timeline.module.version} · 《${timeline.module.regulation}》 · `)}<span class="state" title="${escapeHtml(timeline.state)}">${bilingual(`${STATUS[timeline.status]?.[0] ?? timeline.status}：${timeline.stateWords.zh}`, `${STATUS[timeline.status]?.[1] ?? timeline.status}: ${timeline.stateWords.en}`)}</span></span></h3>
${timeline.deadlines.length > 0 ? timelineChart(timeline) : ''}
${deadlineTable(timeline.deadlines)}
${entryTable(timeline)}
${timeline.children.map(caseSection).join('\n')}
</article>`;
}

function scenarioSection(report: ScenarioReport, index: number): string {
  const verdict = report.ok
    ? `<span class="ok">✔ ${bilingual(`${report.checked}项预期全部成立`, `all ${report.checked} expectations hold`)}</span>`
    : `<span class="failed">✘ ${bilingual(`${report.failures.length}项预期不成立`, `${report.failures.length} expectations failed`)}</span>`;
  const failures = report.failures
    .map((f) => `<li class="failed">${escapeHtml(`step ${f.step + 1} (${report.file}:${f.line}): ${f.message}`)}</li>`)
    .join('');
  const refusals = report.refusals
    .map(
      (r) =>
        `<li>${escapeHtml(formatBeijing(r.at))} ${r.expected ? bilingual('按预期拒绝', 'refused as expected') : `<span class="failed">${bilingual('被拒绝', 'refused')}</span>`}: <code>${escapeHtml(r.code)}</code> ${escapeHtml(r.message)}</li>`,
    )
    .join('');
  return `<section class="scenario" data-ok="${report.ok}" id="scenario-${index + 1}">
<h2>${report.ok ? '✔' : '✘'} ${escapeHtml(report.scenario)}</h2>
<div class="file">${escapeHtml(report.file)} · ${escapeHtml(formatBeijing(report.start))} – ${escapeHtml(formatBeijing(report.end))}</div>
${description(report.description)}
<p>${verdict}</p>
${failures ? `<ul>${failures}</ul>` : ''}
${refusals ? `<h3>${bilingual('拒绝受理', 'refused steps')}</h3><ul>${refusals}</ul>` : ''}
${report.cases.map(caseSection).join('\n')}
</section>`;
}

/** The scenario's story: in the page's language when the file gives both. */
function description(text: ScenarioReport['description']): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return `<p class="description">${escapeHtml(text)}</p>`;
  return `<p class="description">${bilingual(text.zh, text.en)}</p>`;
}

/** A list of the scenarios with their verdicts, linking to each. */
function contents(reports: readonly ScenarioReport[]): string {
  const items = reports.map(
    (r, i) =>
      `<li><a href="#scenario-${i + 1}">${r.ok ? '✔' : '✘'} ${escapeHtml(r.scenario)}</a> <span class="file">${escapeHtml(r.file)}</span></li>`,
  );
  return `<details class="contents" open><summary>${bilingual('目录', 'Contents')}</summary><ol>${items.join('')}</ol></details>`;
}

function countVerdicts(cases: readonly CaseTimeline[], into: Map<string, number>): void {
  for (const c of cases) {
    for (const d of c.deadlines) into.set(d.verdict, (into.get(d.verdict) ?? 0) + 1);
    countVerdicts(c.children, into);
  }
}

/**
 * A self-contained HTML report of scenario runs (no external files, readable offline): per case a
 * timeline chart of its deadlines, the deadline table with the clause behind each, and the audit
 * timeline; in Chinese, with English a click away.
 */
export function htmlReport(reports: readonly ScenarioReport[]): string {
  const passed = reports.filter((r) => r.ok).length;
  const verdicts = new Map<string, number>();
  for (const r of reports) countVerdicts(r.cases, verdicts);
  const tally = VERDICTS.map((v) => `${bilingual(VERDICT[v][0], VERDICT[v][1])} ${verdicts.get(v) ?? 0}`).join(' · ');
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>zwgk 期限审计报告 · deadline audit report</title><style>${STYLE}</style></head>
<body data-lang="zh">
<header><h1>${bilingual('政务公开期限审计报告', 'Disclosure deadline audit report')}</h1><nav class="lang"><button type="button" data-set-lang="zh">中文</button> <button type="button" data-set-lang="en">English</button></nav></header>
<p>${bilingual(`${reports.length}个情景，${passed}个通过，${reports.length - passed}个未通过。`, `${reports.length} scenarios, ${passed} passed, ${reports.length - passed} failed.`)} ${bilingual('期限', 'Deadlines')}: ${tally}</p>
${legend()}
${reports.length > 1 ? contents(reports) : ''}
${reports.map(scenarioSection).join('\n')}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
