import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { type ClauseReferenceKind, clauseReferences } from './clause-references.js';
import type { AnyRuleModule } from './define-rule-module.js';
import { statePath, type TransitionRow } from './machine-graph.js';

const mermaidId = (node: AnyStateNode) => (statePath(node) || 'root').replace(/[^A-Za-z0-9_]/g, '_');

/**
 * The machine's states and transitions as a Mermaid `stateDiagram-v2`, generated from the
 * machine itself so a README's diagram cannot drift from the code.
 */
export function toMermaid(machine: AnyStateMachine): string {
  const lines = ['stateDiagram-v2'];
  const visit = (node: AnyStateNode, indent: string) => {
    const children = Object.values(node.states) as AnyStateNode[];
    if (node.initial?.target?.[0] && children.length > 0) lines.push(`${indent}[*] --> ${mermaidId(node.initial.target[0])}`);
    for (const child of children) {
      const grandChildren = Object.values(child.states);
      if (grandChildren.length > 0) {
        lines.push(`${indent}state "${child.key}" as ${mermaidId(child)} {`);
        visit(child, `${indent}  `);
        lines.push(`${indent}}`);
      } else {
        lines.push(`${indent}${mermaidId(child)} : ${child.key}`);
      }
      if (child.type === 'final') lines.push(`${indent}${mermaidId(child)} --> [*]`);
    }
  };
  visit(machine.root, '  ');
  const seen = new Set<string>();
  const walk = (node: AnyStateNode) => {
    const transitions = [...node.transitions.values()].flat().concat(node.always ?? []);
    for (const t of transitions) {
      for (const target of t.target ?? [node]) {
        const meta = t.meta as { clause?: string | string[] } | undefined;
        const clause = meta?.clause === undefined ? '' : ` (${([] as string[]).concat(meta.clause).join(', ')})`;
        const line = `  ${mermaidId(node)} --> ${mermaidId(target)} : ${t.eventType || 'always'}${clause}`;
        if (!seen.has(line) && node !== machine.root) {
          seen.add(line);
          lines.push(line);
        }
      }
    }
    for (const child of Object.values(node.states) as AnyStateNode[]) walk(child);
  };
  walk(machine.root);
  return lines.join('\n');
}

/** Escapes a table cell: pipes and line breaks would end the cell or the row. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/** Chinese names of the deadline units, as the text writes them. */
const unitZh = { workingDays: '工作日', calendarDays: '日', hours: '小时' } as const;

type ClauseTable = Record<string, { citation: string; text: string; inferredNumber?: boolean }>;

/** The full citation of a clause id (the id itself when the table lacks it). */
function citationOf(module: AnyRuleModule, clause: string): string {
  return (module.clauses as ClauseTable)[clause]?.citation ?? clause;
}

/** What one clause of a module's clause table is implemented by. */
export interface ClauseUses {
  /** Deadlines citing the clause, with the part they cite it for (the period, its extension, its clock stop). */
  readonly deadlines: readonly { readonly name: string; readonly for: readonly ('period' | 'extension' | 'pause')[] }[];
  readonly events: readonly string[];
  readonly notices: readonly string[];
  readonly breaches: readonly string[];
  readonly transitions: readonly TransitionRow[];
  /** The module's reason, when it lists the clause as not implemented. */
  readonly unimplemented?: string;
}

/** For every clause of the module's clause table, in table order: what cites it. */
export function clauseUses(module: AnyRuleModule): Record<string, ClauseUses> {
  const refs = clauseReferences(module);
  const out: Record<string, ClauseUses> = {};
  for (const id of Object.keys(module.clauses)) {
    const mine = refs.filter((r) => r.clause === id);
    const names = (kind: ClauseReferenceKind) => mine.filter((r) => r.kind === kind).map((r) => r.name);
    const deadlineParts = { deadline: 'period', deadlineExtension: 'extension', deadlinePause: 'pause' } as const;
    const deadlines: { name: string; for: ('period' | 'extension' | 'pause')[] }[] = [];
    for (const ref of mine) {
      if (!(ref.kind in deadlineParts)) continue;
      const part = deadlineParts[ref.kind as keyof typeof deadlineParts];
      const entry = deadlines.find((d) => d.name === ref.name);
      if (entry) entry.for.push(part);
      else deadlines.push({ name: ref.name, for: [part] });
    }
    const unimplemented = mine.some((r) => r.kind === 'unimplemented') ? (module.unimplemented as Record<string, string>)[id] : undefined;
    out[id] = {
      deadlines,
      events: names('event'),
      notices: names('notice'),
      breaches: names('breach'),
      transitions: [...new Set(mine.flatMap((r) => (r.transition ? [r.transition] : [])))],
      ...(unimplemented === undefined ? {} : { unimplemented }),
    };
  }
  return out;
}

/** The tables of a module's reference, each without its heading; a section the module lacks is absent. */
export interface ModuleReferenceSections {
  readonly states: string;
  readonly deadlines?: string;
  readonly parameters?: string;
  readonly events: string;
  readonly notices?: string;
  readonly breaches?: string;
  /** States the module lets wait without a deadline, with the reason (`openEnded`). */
  readonly openEnded?: string;
  readonly clauses: string;
}

const table = (header: readonly string[], rows: readonly string[]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows].join('\n');

/**
 * The sections of {@link moduleReferenceMarkdown}, so other documents (the regulation pages) can
 * place the same tables under their own headings.
 */
export function moduleReferenceSections(module: AnyRuleModule): ModuleReferenceSections {
  const clauses = module.clauses as ClauseTable;
  const cite = (clause: string) => citationOf(module, clause);
  const deadlines = Object.entries(module.deadlines ?? {});
  const parameters = Object.entries(module.parameters ?? {});
  const notices = Object.entries(module.notices ?? {});
  const breaches = Object.entries(module.breaches ?? {});
  const uses = clauseUses(module);
  const clauseRows = Object.entries(clauses).map(([id, c]) => {
    const u = uses[id]!;
    const by = [
      ...u.deadlines.map((d) => `deadline \`${d.name}\``),
      ...u.events.map((type) => `event \`${type}\``),
      ...u.notices.map((name) => `notice \`${name}\``),
      ...u.breaches.map((name) => `breach \`${name}\``),
      ...(u.transitions.length > 0 ? [`${u.transitions.length} transition${u.transitions.length > 1 ? 's' : ''}`] : []),
    ];
    const text = by.length > 0 ? by.join(', ') : u.unimplemented ? `not implemented: ${cell(u.unimplemented)}` : '—';
    return `| ${id}${c.inferredNumber ? ' (number inferred)' : ''} | ${c.citation} | ${cell(c.text)} | ${text} |`;
  });
  return {
    states: ['```mermaid', toMermaid(module.machine), '```'].join('\n'),
    ...(deadlines.length === 0
      ? {}
      : {
          deadlines: table(
            ['name', '期限', 'length', 'starts on', 'warning', 'extension', 'clock stop', 'clause'],
            deadlines.map(([name, d]) => {
              const warn = d.warnBefore ? `${d.warnBefore.length} ${d.warnBefore.unit}` : '—';
              const ext = d.extension ? `${d.extension.maxTimes}× up to ${d.extension.maxLength}` : '—';
              return `| \`${name}\` | ${d.label.zh} | ${d.length} ${unitZh[d.unit]} (${d.unit}) | ${d.startsOn.zh} / ${d.startsOn.en} | ${warn} | ${ext} | ${d.pause ? cite(d.pause.clause) : '—'} | ${cite(d.clause)} |`;
            }),
          ),
        }),
    ...(parameters.length === 0
      ? {}
      : {
          parameters: table(
            ['name', 'meaning', 'default', 'why a parameter'],
            parameters.map(
              ([name, p]) => `| \`${name}\` | ${p.label.zh} / ${p.label.en} | \`${JSON.stringify(p.default)}\` | ${cell(p.why)} |`,
            ),
          ),
        }),
    events: table(
      ['event', '含义', 'roles', 'clause'],
      Object.entries(module.events).map(
        ([type, e]) => `| \`${type}\` | ${e.label.zh} / ${e.label.en} | ${e.roles.join(', ')} | ${e.clause ? cite(e.clause) : '—'} |`,
      ),
    ),
    ...(notices.length === 0
      ? {}
      : {
          notices: table(
            ['notice', '名称', 'recipient', 'clause'],
            notices.map(([name, n]) => `| \`${name}\` | ${n.label.zh} / ${n.label.en} | ${n.recipient} | ${cite(n.clause)} |`),
          ),
        }),
    ...(breaches.length === 0
      ? {}
      : {
          breaches: table(
            ['breach', '名称', 'clause'],
            breaches.map(([name, b]) => `| \`${name}\` | ${b.label.zh} / ${b.label.en} | ${cite(b.clause)} |`),
          ),
        }),
    ...(Object.keys(module.openEnded ?? {}).length === 0
      ? {}
      : {
          openEnded: table(
            ['state', 'why it may wait without a deadline'],
            Object.entries(module.openEnded ?? {}).map(([state, why]) => `| \`${state}\` | ${cell(why)} |`),
          ),
        }),
    clauses: table(['clause', 'citation', 'text', 'implemented by'], clauseRows),
  };
}

/**
 * A module's reference in Markdown: states diagram, deadlines, parameters, events, notices,
 * breaches and the clause table with what implements each clause.
 */
export function moduleReferenceMarkdown(module: AnyRuleModule): string {
  const s = moduleReferenceSections(module);
  const sections: [string, string | undefined][] = [
    ['States', s.states],
    ['Deadlines', s.deadlines],
    ['Parameters', s.parameters],
    ['Events', s.events],
    ['Notices', s.notices],
    ['Breaches recorded', s.breaches],
    ['Open-ended states', s.openEnded],
    ['Clauses', s.clauses],
  ];
  return sections
    .filter((section): section is [string, string] => section[1] !== undefined)
    .map(([title, body]) => `### ${title}\n\n${body}`)
    .join('\n\n');
}
