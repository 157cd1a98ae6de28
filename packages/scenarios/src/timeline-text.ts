import { formatBeijing } from './beijing-instant.js';
import type { CaseTimeline, DeadlineBar } from './case-timeline.js';
import { VERDICT_WORDS } from './labels.js';
import type { ScenarioReport } from './run-scenario-file.js';

const UNIT_ZH: Record<DeadlineBar['unit'], string> = { workingDays: '个工作日', calendarDays: '日', hours: '小时' };
const MARK: Record<DeadlineBar['verdict'], string> = {
  met: '✔',
  missed: '✘',
  cancelled: '–',
  elapsed: '◦',
  deemed: '≈',
  open: '…',
  overdue: '✘',
};
const verdictText = (v: DeadlineBar['verdict']) => `${MARK[v]} ${VERDICT_WORDS[v].en} ${VERDICT_WORDS[v].zh}`;

function deadlineLine(d: DeadlineBar): string {
  const parts = [`${d.label.zh} ${d.name}: ${d.length}${UNIT_ZH[d.unit]} from ${formatBeijing(d.startedAt)}`];
  if (d.extensions.length > 0) parts.push(`extended +${d.extensions.join(' +')}`);
  for (const p of d.pauses) parts.push(`paused ${formatBeijing(p.from)} – ${p.to ? formatBeijing(p.to) : 'still'}`);
  parts.push(`due ${formatBeijing(d.dueAt)}`);
  parts.push(`${verdictText(d.verdict)}${d.endedAt ? ` ${formatBeijing(d.endedAt)}` : ''}`);
  return `${parts.join(', ')} · ${d.citation}`;
}

/** A case's timeline as text lines: every audit entry with the clauses behind it, then its deadlines. */
export function caseTimelineLines(timeline: CaseTimeline, indent = ''): string[] {
  const name = timeline.alias ? `${timeline.alias} [${timeline.caseId}]` : timeline.caseId;
  const lines = [
    `${indent}■ ${timeline.module.title.zh} (${timeline.module.id}@${timeline.module.version}) ${name}: ${timeline.status}, ${timeline.stateWords.zh}`,
  ];
  for (const e of timeline.entries) {
    const who = e.actor ? ` ${e.actor.id}(${e.actor.role})` : '';
    const why = e.clauses.length > 0 ? `  ← ${e.clauses.map((c) => c.citation).join('、')}` : '';
    lines.push(`${indent}  #${e.seq} ${formatBeijing(e.at)}  ${e.label.zh}${who}  ${e.words.zh}${why}`);
  }
  if (timeline.deadlines.length > 0) {
    lines.push(`${indent}  期限 deadlines:`);
    for (const d of timeline.deadlines) {
      lines.push(`${indent}    ${deadlineLine(d)}`);
      for (const summary of d.explanation) lines.push(`${indent}      ${summary}`);
    }
  }
  for (const child of timeline.children) lines.push(...caseTimelineLines(child, `${indent}    `));
  return lines;
}

/** A scenario report as text: header, refusals, every case's timeline, and the verdict. */
export function scenarioReportLines(report: ScenarioReport): string[] {
  const lines = [`▶ ${report.scenario}  (${report.file})`];
  for (const r of report.refusals) {
    lines.push(
      `  ${formatBeijing(r.at)}  拒绝 step ${r.step + 1} (line ${r.line}) ${r.expected ? 'refused as expected' : 'REFUSED'}: ${r.code}: ${r.message}`,
    );
  }
  for (const c of report.cases) lines.push(...caseTimelineLines(c, '  '));
  if (report.ok) lines.push(`✔ ${report.checked} expectation${report.checked === 1 ? '' : 's'} hold${report.checked === 1 ? 's' : ''}`);
  else for (const f of report.failures) lines.push(`✘ step ${f.step + 1} (${report.file}:${f.line}): ${f.message}`);
  return lines;
}
