import type { AnnualReport } from './derive.js';
import { APPLICANT_COLUMNS, APPLICATION_ROWS, REMEDY_RESULTS } from './rows.js';

const blank = (n: number | null) => (n === null ? '（待填报）' : String(n));
const FORMAT = '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）';

/** Table 二 as rows of cells: 信息内容, then the figures. */
function proactiveRows(r: AnnualReport): string[][] {
  const p = r.proactive;
  return [
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', String(p.regulations.issued), String(p.regulations.repealed), blank(p.regulations.inForce)],
    ['行政规范性文件', String(p.normativeDocuments.issued), String(p.normativeDocuments.repealed), blank(p.normativeDocuments.inForce)],
    ['信息内容', '本年处理决定数量', '', ''],
    ['行政许可', blank(p.licensingDecisions), '', ''],
    ['行政处罚', blank(p.penaltyDecisions), '', ''],
    ['行政强制', blank(p.compulsionDecisions), '', ''],
    ['信息内容', '本年收费金额（单位：万元）', '', ''],
    [
      '行政事业性收费',
      p.administrativeFeesTenThousandYuan === null ? '（待填报）' : p.administrativeFeesTenThousandYuan.toFixed(2),
      '',
      '',
    ],
  ];
}

/** Table 三 as rows of cells: the row's words, then one figure per applicant column. */
function applicationRows(r: AnnualReport): string[][] {
  const header = [
    '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
    ...APPLICANT_COLUMNS.map((c) => (c.key === 'naturalPerson' || c.key === 'total' ? c.label : `法人或其他组织·${c.label}`)),
  ];
  return [
    header,
    ...APPLICATION_ROWS.map((row) => [
      row.group && row.group !== '三、本年度办理结果'
        ? `${row.group} ${row.label}`
        : row.group
          ? `三、本年度办理结果 ${row.label}`
          : row.label,
      ...APPLICANT_COLUMNS.map((c) => String(r.applications[row.key][c.key])),
    ]),
  ];
}

/** Table 四 as rows of cells: the group, then one figure per result. */
function remedyRows(r: AnnualReport): string[][] {
  const header = ['', ...REMEDY_RESULTS.map((c) => c.label)];
  const row = (label: string, counts: AnnualReport['remedies']['reconsideration']) => [
    label,
    ...REMEDY_RESULTS.map((c) => String(counts[c.key])),
  ];
  return [
    header,
    row('行政复议', r.remedies.reconsideration),
    row('行政诉讼·未经复议直接起诉', r.remedies.litigationDirect),
    row('行政诉讼·复议后起诉', r.remedies.litigationAfterReconsideration),
  ];
}

function otherMattersLines(r: AnnualReport): string[] {
  const f = r.otherMatters.processingFees;
  return [
    `本年度发出信息处理费收费通知 ${f.notices} 件，收取信息处理费 ${f.paid} 件，共 ${f.amountYuan} 元（依据国办函〔2020〕109号计算）。`,
    `本年度收到投诉、举报 ${r.otherMatters.complaints.total} 件，其中尚未办结 ${r.otherMatters.complaints.pending} 件。`,
    r.otherMatters.text ?? '（待填报）',
    ...(r.otherMatters.assessment ? [r.otherMatters.assessment] : []),
  ];
}

function pad(cells: string[][]): string[] {
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => width(row[i] ?? ''))));
  return cells.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell + ' '.repeat(widths[i]! - width(cell)) : ' '.repeat(widths[i]! - width(cell)) + cell))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * The report as plain text: the four numbered sections of the national format, each table aligned
 * for a terminal.
 *
 * @example
 * console.log(annualReportText(await annualReport(store, { agency, year: 2025 })));
 */
export function annualReportText(r: AnnualReport): string {
  const lines = [
    `${r.agency}${r.year}年政府信息公开工作年度报告（按${FORMAT}）`,
    '',
    '一、总体情况',
    r.overview ?? '（待填报）',
    '',
    '二、主动公开政府信息情况',
    ...pad(proactiveRows(r)),
    `（本年主动公开 ${r.proactive.published} 条，其中超过第二十六条20个工作日期限公开 ${r.proactive.publishedLate} 条）`,
    '',
    '三、收到和处理政府信息公开申请情况',
    ...pad(applicationRows(r)),
    '',
    '四、政府信息公开行政复议、行政诉讼情况',
    ...pad(remedyRows(r)),
    '',
    '五、存在的主要问题及改进情况',
    r.problems ?? '（待填报）',
    '',
    '六、其他需要报告的事项',
    ...otherMattersLines(r),
    '',
    r.supplement
      ? `（一、二、五、六中由本机关填报的内容：年度报告案件 ${r.supplement.caseId}，${r.supplement.enteredAt} 由 ${r.supplement.enteredBy.id} 填报，已记入审计链）`
      : '（本机关尚未填报案件无法得出的内容）',
  ];
  return lines.join('\n');
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * The three tables as CSV (UTF-8, one blank line between tables), for pasting into the published report.
 *
 * @example
 * writeFileSync('2025.csv', annualReportCsv(report));
 */
export function annualReportCsv(r: AnnualReport): string {
  const table = (title: string, rows: string[][]) => [csvCell(title), ...rows.map((row) => row.map(csvCell).join(','))].join('\n');
  return (
    [
      table('二、主动公开政府信息情况', proactiveRows(r)),
      table('三、收到和处理政府信息公开申请情况', applicationRows(r)),
      table('四、政府信息公开行政复议、行政诉讼情况', remedyRows(r)),
    ].join('\n\n') + '\n'
  );
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The report as a self-contained HTML page with the national format's tables, ready to paste.
 *
 * @example
 * writeFileSync('2025.html', annualReportHtml(report));
 */
export function annualReportHtml(r: AnnualReport): string {
  const table = (rows: string[][]) =>
    `<table>\n<thead><tr>${rows[0]!.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows
      .slice(1)
      .map((row) => `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`)
      .join('\n')}\n</tbody>\n</table>`;
  const para = (s: string | null) => `<p>${esc(s ?? '（待填报）')}</p>`;
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${esc(`${r.agency}${r.year}年政府信息公开工作年度报告`)}</title>
<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #888;padding:.25em .5em}td{text-align:right}th[scope=row]{text-align:left;font-weight:normal}</style></head>
<body>
<h1>${esc(`${r.agency}${r.year}年政府信息公开工作年度报告`)}</h1>
<p>${esc(`按${FORMAT}编制；二、三、四中的数据由案件自动统计。`)}</p>
<h2>一、总体情况</h2>
${para(r.overview)}
<h2>二、主动公开政府信息情况</h2>
${table(proactiveRows(r))}
<h2>三、收到和处理政府信息公开申请情况</h2>
${table(applicationRows(r))}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
${table(remedyRows(r))}
<h2>五、存在的主要问题及改进情况</h2>
${para(r.problems)}
<h2>六、其他需要报告的事项</h2>
${otherMattersLines(r)
  .map((l) => para(l))
  .join('\n')}
</body>
</html>
`;
}
