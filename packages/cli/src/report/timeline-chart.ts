import { endOfBeijingDay, instantToMs, toBeijingDate } from '@zwgk/calendar';
import { type CaseTimeline, type DeadlineBar, formatBeijing, VERDICT_WORDS } from '@zwgk/scenarios';
import { escapeHtml } from './html.js';

const WIDTH = 960;
const LEFT = 200; // room for the deadline labels
const LABEL_CHARS = { zh: 14, en: 30 };
const RIGHT = 20;
const ROW = 30;
const TOP = 58; // the date axis and the events row (dots with their entry numbers above)
const DAY = 86_400_000;

const VERDICT_EN = (v: DeadlineBar['verdict']) => VERDICT_WORDS[v].en;
const VERDICT_ZH = (v: DeadlineBar['verdict']) => VERDICT_WORDS[v].zh;

/** The span the chart shows: from the case's opening to past its last due instant or entry. */
function span(timeline: CaseTimeline): { from: number; to: number } {
  const instants = [
    timeline.openedAt,
    timeline.closedAt,
    ...timeline.entries.map((e) => e.at),
    ...timeline.deadlines.flatMap((d) => [d.dueAt, d.endedAt]),
  ]
    .filter((i): i is string => !!i)
    .map(instantToMs);
  const from = Math.min(...instants);
  const to = Math.max(...instants);
  const pad = Math.max((to - from) * 0.03, DAY / 2);
  return { from: from - pad, to: to + pad };
}

/**
 * A case's deadlines as an SVG chart: one bar per deadline from its start to its due instant,
 * coloured by verdict (met, missed, open, overdue, cancelled), pauses hatched, the moment it was
 * met or missed marked, and the case's events as ticks on the top row. Dates are Beijing dates.
 */
export function timelineChart(timeline: CaseTimeline): string {
  const { from, to } = span(timeline);
  const x = (instant: string) => LEFT + ((instantToMs(instant) - from) / (to - from)) * (WIDTH - LEFT - RIGHT);
  const height = TOP + timeline.deadlines.length * ROW + 24;
  const parts: string[] = [];

  // Date axis: about eight labelled days, and a tick a day when the span is short enough.
  const days = Math.ceil((to - from) / DAY);
  const every = Math.max(1, Math.ceil(days / 8));
  const firstMidnight = instantToMs(endOfBeijingDay(toBeijingDate(from))); // the first 00:00 Beijing after `from`
  for (let t = firstMidnight, n = 0; t < to; t += DAY, n++) {
    const px = LEFT + ((t - from) / (to - from)) * (WIDTH - LEFT - RIGHT);
    if (n % every !== 0) continue;
    const date = toBeijingDate(t).slice(5);
    parts.push(`<line class="grid" x1="${px.toFixed(1)}" x2="${px.toFixed(1)}" y1="14" y2="${height - 20}"/>`);
    parts.push(`<text class="axis" x="${px.toFixed(1)}" y="11" text-anchor="middle">${date}</text>`);
  }

  // Events row: each dot numbered as its entry in the timeline table; numbers of dots close
  // together take turns on two lines so they stay readable.
  parts.push(
    `<text class="row-label" x="${LEFT - 8}" y="${TOP - 12}" text-anchor="end"><tspan lang="zh">事件</tspan><tspan lang="en">events</tspan></text>`,
  );
  let lastNumberX = Number.NEGATIVE_INFINITY;
  let lifted = false;
  for (const e of timeline.entries) {
    if (e.kind === 'deadline.changed') continue;
    const title = `#${e.seq} ${formatBeijing(e.at)} ${e.label.zh}/${e.label.en}: ${e.words.zh} / ${e.words.en}${e.clauses.length ? ` — ${e.clauses.map((c) => c.citation).join('、')}` : ''}`;
    const cx = x(e.at);
    lifted = cx - lastNumberX < 14 ? !lifted : false;
    lastNumberX = cx;
    parts.push(
      `<g class="event-dot" data-seq="${e.seq}"><title>${escapeHtml(title)}</title><circle class="event kind-${e.kind.replace('.', '-')}" cx="${cx.toFixed(1)}" cy="${TOP - 16}" r="4"/><text class="event-num" x="${cx.toFixed(1)}" y="${TOP - (lifted ? 33 : 23)}" text-anchor="middle">${e.seq}</text></g>`,
    );
  }

  timeline.deadlines.forEach((d, row) => {
    const y = TOP + row * ROW;
    const start = x(d.startedAt);
    const end = d.dueAt ? x(d.dueAt) : d.endedAt ? x(d.endedAt) : WIDTH - RIGHT;
    const title = `${d.label.zh} ${d.label.en}: ${formatBeijing(d.startedAt)} → ${formatBeijing(d.dueAt)} · ${VERDICT_ZH(d.verdict)} ${VERDICT_EN(d.verdict)}${d.endedAt ? ` ${formatBeijing(d.endedAt)}` : ''} · ${d.citation}`;
    const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
    parts.push(
      `<text class="row-label" x="${LEFT - 8}" y="${y + 15}" text-anchor="end"><title>${escapeHtml(`${d.label.zh} / ${d.label.en}`)}</title><tspan lang="zh">${escapeHtml(clip(d.label.zh, LABEL_CHARS.zh))}</tspan><tspan lang="en">${escapeHtml(clip(d.label.en, LABEL_CHARS.en))}</tspan></text>`,
    );
    // Met early: the time used is solid, the slack left until the due instant faded.
    const used = d.verdict === 'met' && d.endedAt ? Math.min(x(d.endedAt), end) : end;
    parts.push(
      `<rect class="deadline-bar verdict-${d.verdict}" data-deadline="${escapeHtml(d.name)}" data-verdict="${d.verdict}" x="${start.toFixed(1)}" y="${y + 4}" width="${Math.max(used - start, 2).toFixed(1)}" height="16" rx="3"><title>${escapeHtml(title)}</title></rect>`,
    );
    if (used < end)
      parts.push(
        `<rect class="slack-bar" x="${used.toFixed(1)}" y="${y + 4}" width="${(end - used).toFixed(1)}" height="16" rx="3"><title>${escapeHtml(title)}</title></rect>`,
      );
    for (const p of d.pauses) {
      const px = x(p.from);
      const pw = (p.to ? x(p.to) : end) - px;
      parts.push(
        `<rect class="pause" x="${px.toFixed(1)}" y="${y + 4}" width="${Math.max(pw, 2).toFixed(1)}" height="16"><title>${escapeHtml(`暂停 paused ${formatBeijing(p.from)} – ${p.to ? formatBeijing(p.to) : '…'}`)}</title></rect>`,
      );
    }
    if (d.warnAt && d.verdict !== 'cancelled')
      parts.push(
        `<line class="warn-mark" x1="${x(d.warnAt).toFixed(1)}" x2="${x(d.warnAt).toFixed(1)}" y1="${y + 2}" y2="${y + 22}"><title>${escapeHtml(`预警 warning ${formatBeijing(d.warnAt)}`)}</title></line>`,
      );
    // Missed: how far past the due instant the act came (or the case closed).
    if (d.verdict === 'missed' && d.endedAt && d.dueAt && d.endedAt > d.dueAt) {
      parts.push(
        `<line class="overrun" x1="${end.toFixed(1)}" x2="${x(d.endedAt).toFixed(1)}" y1="${y + 12}" y2="${y + 12}"><title>${escapeHtml(`逾期 overdue ${formatBeijing(d.dueAt)} → ${formatBeijing(d.endedAt)}`)}</title></line>`,
      );
    }
    if (d.endedAt)
      parts.push(
        `<path class="end-mark verdict-${d.verdict}" d="M${x(d.endedAt).toFixed(1)},${y + 1} l5,11 l-5,11 l-5,-11 z"><title>${escapeHtml(`${VERDICT_ZH(d.verdict)} ${VERDICT_EN(d.verdict)} ${formatBeijing(d.endedAt)}`)}</title></path>`,
      );
  });

  return `<svg class="timeline-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeHtml(`${timeline.module.title.zh} ${timeline.caseId}`)}">
<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" stroke-width="3"/></pattern></defs>
${parts.join('\n')}
</svg>`;
}
