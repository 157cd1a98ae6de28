import { type AnyRuleModule, type AuditEntry, deadlineSpec, stateLabel } from '@zwgk/core';
import { formatBeijing } from './beijing-instant.js';
import { STATE_WORDS_ZH } from './state-words.js';

/** A text in both languages of the report: Chinese for officials and auditors, English for integrators. */
export interface Words {
  readonly zh: string;
  readonly en: string;
}

/** How a deadline ended, or stands. */
export type Verdict = 'met' | 'missed' | 'cancelled' | 'elapsed' | 'deemed' | 'open' | 'overdue';

/** The words for each verdict, shared by the HTML report, its chart and the text timeline. */
export const VERDICT_WORDS: Readonly<Record<Verdict, Words>> = {
  met: { zh: '按期', en: 'met' },
  missed: { zh: '逾期', en: 'missed' },
  cancelled: { zh: '撤销', en: 'cancelled' },
  elapsed: { zh: '期满', en: 'elapsed' },
  deemed: { zh: '视为同意', en: 'deemed consent' },
  open: { zh: '未到期', en: 'open' },
  overdue: { zh: '已逾期', en: 'overdue' },
};

const OPERATION_WORDS: Readonly<Record<string, Words>> = {
  start: { zh: '起算', en: 'started' },
  restart: { zh: '重新起算', en: 'restarted' },
  pause: { zh: '暂停计时', en: 'paused' },
  resume: { zh: '恢复计时', en: 'resumed' },
  extend: { zh: '延长', en: 'extended' },
  complete: { zh: '完成', en: 'completed' },
  cancel: { zh: '撤销', en: 'cancelled' },
};

const ENGINE_EVENT_WORDS: Readonly<Record<string, Words>> = {
  'deadline.warning': { zh: '期限预警', en: 'deadline warning' },
  'deadline.due': { zh: '期限届满', en: 'deadline fell due' },
  'child.done': { zh: '子案办结', en: 'child case done' },
};

const camelToWords = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** One state node's words: the machine's own label (see `stateLabel` in core), else the state-name glossary. */
function nodeWords(module: AnyRuleModule, path: string): Words {
  const own = stateLabel(module.machine, path);
  if (own) return own;
  const key = path.slice(path.lastIndexOf('.') + 1);
  return { zh: STATE_WORDS_ZH[key] ?? key, en: camelToWords(key) };
}

interface StateTree {
  readonly key: string;
  readonly children: readonly StateTree[];
}

/** Splits at `separator` outside parentheses. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** A state string (`handling.(main.examining|review.none)`, see `stateToString` in core) as a tree. */
function parseState(state: string): StateTree[] {
  return splitTop(state, '|').map((region) => {
    const dot = region.indexOf('.');
    if (dot < 0) return { key: region, children: [] };
    const rest = region.slice(dot + 1);
    return { key: region.slice(0, dot), children: parseState(rest.startsWith('(') ? rest.slice(1, -1) : rest) };
  });
}

/** The parallel regions worth a reader's time: not those with nothing under way (`review.none`). */
const shownRegions = (nodes: readonly StateTree[]) =>
  nodes.length > 1 ? nodes.filter((n) => !(n.children.length === 1 && n.children[0]!.key === 'none')) : nodes;

function renderState(module: AnyRuleModule, nodes: readonly StateTree[], prefix: string, lang: keyof Words): string {
  return shownRegions(nodes)
    .map((node) => {
      const path = prefix ? `${prefix}.${node.key}` : node.key;
      const own = nodeWords(module, path)[lang];
      const shown = shownRegions(node.children).length;
      if (shown === 0) return own;
      const inner = renderState(module, node.children, path, lang);
      if (shown === 1) return `${own} › ${inner}`;
      return lang === 'zh' ? `${own}（${inner}）` : `${own} (${inner})`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

/**
 * A state string in the module's words: `handling.(main.examining|review.pending|agencies.none)` →
 * 办理中（主办 › 审查中；保密审查 › 进行中） / handling (main › examining; review › pending).
 */
export function stateWords(module: AnyRuleModule, state: string): Words {
  const tree = parseState(state);
  return { zh: renderState(module, tree, '', 'zh'), en: renderState(module, tree, '', 'en') };
}

/** An event type in the module's words: its declared label, the engine's own events, else the type itself. */
export function eventWords(module: AnyRuleModule, type: string): Words {
  const spec = (module.events as Readonly<Record<string, { label: Words } | undefined>>)[type];
  return spec?.label ?? ENGINE_EVENT_WORDS[type] ?? { zh: type, en: type };
}

function namedWords(table: Readonly<Record<string, { label: Words } | undefined>> | undefined, name: string): Words {
  return table?.[name]?.label ?? { zh: name, en: name };
}

/** What an audit entry records, in a line in each language, with the module's labels for states, events, deadlines and notices. */
export function entryWords(module: AnyRuleModule, entry: AuditEntry): Words {
  // biome-ignore lint/suspicious/noExplicitAny: entry data differs by kind; each case below reads its own fields
  const d = entry.data as Record<string, any>;
  const state = (s: unknown) => stateWords(module, String(s ?? '—'));
  // One party's deadline of a keyed family (`thirdParty:马某`) is labelled by core with its key: 第三方提出意见期限（马某）.
  const deadline = (name: string): Words => deadlineSpec(module, name)?.label ?? { zh: name, en: name };
  switch (entry.kind) {
    case 'case.opened': {
      const s = state(d.state);
      return { zh: `立案，进入「${s.zh}」`, en: `opened in “${s.en}”` };
    }
    case 'event.applied':
    case 'engine.event': {
      const event = eventWords(module, d.event?.type);
      // A deadline's own event names the deadline: 答复期限届满, not 期限届满.
      const about =
        d.event?.payload?.name && String(d.event.type).startsWith('deadline.') ? deadline(String(d.event.payload.name)) : undefined;
      const what = about
        ? d.event.type === 'deadline.due'
          ? { zh: `${about.zh}届满`, en: `${about.en} fell due` }
          : { zh: `${about.zh}预警`, en: `${about.en} warning` }
        : event;
      if (!d.delivered) {
        const s = state(d.state);
        return { zh: `${what.zh}（「${s.zh}」时不处理，仅记录）`, en: `${what.en} (recorded, not handled in “${s.en}”)` };
      }
      const from = state(d.from);
      const to = state(d.to);
      return { zh: `${what.zh}：${from.zh} → ${to.zh}`, en: `${what.en}: ${from.en} → ${to.en}` };
    }
    case 'event.rejected': {
      const event = eventWords(module, d.type);
      return { zh: `拒收「${event.zh}」：${d.code}`, en: `${event.en} refused: ${d.code}` };
    }
    case 'deadline.changed': {
      const name = deadline(d.name);
      const op = OPERATION_WORDS[d.op] ?? { zh: d.op, en: d.op };
      const due = d.dueAt ? { zh: `，${formatBeijing(d.dueAt)}届满`, en: `, due ${formatBeijing(d.dueAt)}` } : { zh: '', en: '' };
      const outcome = d.outcome ? VERDICT_WORDS[d.outcome as Verdict] : undefined;
      return {
        zh: `${name.zh}${op.zh}${due.zh}${outcome ? `（${outcome.zh}）` : ''}`,
        en: `${name.en} ${op.en}${due.en}${outcome ? ` (${outcome.en})` : ''}`,
      };
    }
    case 'deadline.warned':
      return {
        zh: `${deadline(d.name).zh}预警：${formatBeijing(d.dueAt)}届满（${formatBeijing(d.firedAt)}触发）`,
        en: `${deadline(d.name).en} warning: due ${formatBeijing(d.dueAt)} (fired at ${formatBeijing(d.firedAt)})`,
      };
    case 'deadline.fell-due':
      return {
        zh: `${deadline(d.name).zh}于${formatBeijing(d.dueAt)}届满（${formatBeijing(d.firedAt)}触发）`,
        en: `${deadline(d.name).en} fell due at ${formatBeijing(d.dueAt)} (fired at ${formatBeijing(d.firedAt)})`,
      };
    case 'deadline.recomputed':
      return { zh: `${deadline(d.name).zh}按新日历重算`, en: `${deadline(d.name).en} recomputed on a new calendar` };
    case 'notice.sent': {
      const notice = namedWords(module.notices, d.name);
      return { zh: `发出告知：${notice.zh}`, en: `notice sent: ${notice.en}` };
    }
    case 'breach.recorded': {
      const breach = namedWords(module.breaches, d.name);
      return { zh: `记录违规：${breach.zh}`, en: `breach recorded: ${breach.en}` };
    }
    case 'child.opened':
      return { zh: `开立子案 ${d.key}（${d.module}）`, en: `child case ${d.key} opened (${d.module})` };
    case 'case.closed':
    case 'case.ended': {
      const s = state(d.state);
      return entry.kind === 'case.closed'
        ? { zh: `办结于「${s.zh}」`, en: `closed in “${s.en}”` }
        : { zh: `终止于「${s.zh}」`, en: `ended in “${s.en}”` };
    }
    default:
      return { zh: JSON.stringify(d), en: JSON.stringify(d) };
  }
}
