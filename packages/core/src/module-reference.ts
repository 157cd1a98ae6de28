import type { AnyStateMachine, AnyStateNode } from 'xstate';
import type { AnyRuleModule } from './define-rule-module.js';
import { statePath } from './machine-graph.js';

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

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

const unitZh = { workingDays: '工作日', calendarDays: '日', hours: '小时' } as const;

/**
 * A module's reference in Markdown: states diagram, deadlines, parameters, events, notices,
 * breaches and the clause table with what implements each clause.
 */
export function moduleReferenceMarkdown(module: AnyRuleModule): string {
  const out: string[] = [];
  const clauses = module.clauses as Record<string, { citation: string; text: string; inferredNumber?: boolean }>;
  out.push(`### States`, '', '```mermaid', toMermaid(module.machine), '```', '');
  const deadlines = Object.entries(module.deadlines ?? {});
  if (deadlines.length > 0) {
    out.push('### Deadlines', '', '| name | 期限 | length | starts on | warning | extension | clock stop | clause |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [name, d] of deadlines) {
      const warn = d.warnBefore ? `${d.warnBefore.length} ${d.warnBefore.unit}` : '—';
      const ext = d.extension ? `${d.extension.maxTimes}× up to ${d.extension.maxLength}` : '—';
      out.push(`| \`${name}\` | ${d.label.zh} | ${d.length} ${unitZh[d.unit]} (${d.unit}) | ${d.startsOn.zh} / ${d.startsOn.en} | ${warn} | ${ext} | ${d.pause ? clauses[d.pause.clause]?.citation ?? d.pause.clause : '—'} | ${clauses[d.clause]?.citation ?? d.clause} |`);
    }
    out.push('');
  }
  const parameters = Object.entries(module.parameters ?? {});
  if (parameters.length > 0) {
    out.push('### Parameters', '', '| name | meaning | default | why a parameter |', '| --- | --- | --- | --- |');
    for (const [name, p] of parameters) out.push(`| \`${name}\` | ${p.label.zh} / ${p.label.en} | \`${JSON.stringify(p.default)}\` | ${cell(p.why)} |`);
    out.push('');
  }
  out.push('### Events', '', '| event | 含义 | roles | clause |', '| --- | --- | --- | --- |');
  for (const [type, e] of Object.entries(module.events)) {
    out.push(`| \`${type}\` | ${e.label.zh} / ${e.label.en} | ${e.roles.join(', ')} | ${e.clause ? clauses[e.clause]?.citation ?? e.clause : '—'} |`);
  }
  out.push('');
  const notices = Object.entries(module.notices ?? {});
  if (notices.length > 0) {
    out.push('### Notices', '', '| notice | 名称 | recipient | clause |', '| --- | --- | --- | --- |');
    for (const [name, n] of notices) out.push(`| \`${name}\` | ${n.label.zh} / ${n.label.en} | ${n.recipient} | ${clauses[n.clause]?.citation ?? n.clause} |`);
    out.push('');
  }
  const breaches = Object.entries(module.breaches ?? {});
  if (breaches.length > 0) {
    out.push('### Breaches recorded', '', '| breach | 名称 | clause |', '| --- | --- | --- |');
    for (const [name, b] of breaches) out.push(`| \`${name}\` | ${b.label.zh} / ${b.label.en} | ${clauses[b.clause]?.citation ?? b.clause} |`);
    out.push('');
  }
  out.push('### Clauses', '', '| clause | citation | text | implemented by |', '| --- | --- | --- | --- |');
  const unimplemented = (module.unimplemented ?? {}) as Record<string, string>;
  for (const [id, c] of Object.entries(clauses)) {
    const uses: string[] = [];
    for (const [name, d] of deadlines) if ([d.clause, d.extension?.clause, d.pause?.clause].includes(id)) uses.push(`deadline \`${name}\``);
    for (const [type, e] of Object.entries(module.events)) if (e.clause === id) uses.push(`event \`${type}\``);
    for (const [name, n] of notices) if (n.clause === id) uses.push(`notice \`${name}\``);
    for (const [name, b] of breaches) if (b.clause === id) uses.push(`breach \`${name}\``);
    const transitions = module.transitions.filter((t) => t.clauses.includes(id)).length;
    if (transitions > 0) uses.push(`${transitions} transition${transitions > 1 ? 's' : ''}`);
    const by = uses.length > 0 ? uses.join(', ') : unimplemented[id] ? `not implemented: ${cell(unimplemented[id])}` : '—';
    out.push(`| ${id}${c.inferredNumber ? ' (number inferred)' : ''} | ${c.citation} | ${cell(c.text)} | ${by} |`);
  }
  return out.join('\n');
}
