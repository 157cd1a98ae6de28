import { type AnyRuleModule, clauseUses, moduleJsonSchemas, moduleReferenceSections, type TransitionRow } from '@zwgk/core';
import { type JsonSchema, schemaFieldsMarkdown } from './schema-fields.js';

/** The command that regenerates the pages; failure messages and the pages' banner name it. */
export const GENERATE_COMMAND = 'npx tsx scripts/docs/generate-regulation-pages.ts';

const BANNER = `<!-- generated from the rule module by scripts/docs/generate-regulation-pages.ts: do not edit, run \`${GENERATE_COMMAND}\` -->`;

/** What the page says about a module beyond the module itself: where its package lives and its summary. */
export interface PageContext {
  /** The npm package, e.g. `@zwgk/rule-disclosure-request`. */
  readonly packageName: string;
  /** The package directory relative to the repository root, e.g. `packages/rules/disclosure-request`. */
  readonly packageDir: string;
  /** What the regulation covers, in prose (the package README's opening paragraphs). */
  readonly summary: string;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const section = (title: string, ...body: string[]) => [`## ${title}`, '', ...body].join('\n');

/** How one transition reads in the clause table: `examining → answered on reply.disclosed if canDisclose`. */
export function transitionText(t: TransitionRow): string {
  const from = `\`${t.from || '(root)'}\``;
  const to = t.to.length === 0 ? ' (stays)' : ` → ${t.to.map((target) => `\`${target || '(root)'}\``).join(', ')}`;
  const on = t.event ? ` on \`${t.event}\`` : ' always';
  return `${from}${to}${on}${t.guard === undefined ? '' : ` if \`${t.guard}\``}`;
}

const DEADLINE_PART = { period: 'period', extension: 'extension', pause: 'clock stop' } as const;

/** Every clause of the module's table: its words, and the transitions, guards, deadlines, events, notices and breaches citing it. */
function clauseMarkdown(module: AnyRuleModule): string {
  const clauses = module.clauses as Record<string, { citation: string; text: string; inferredNumber?: boolean }>;
  const uses = clauseUses(module);
  const rows = Object.entries(clauses).map(([id, c]) => {
    const u = uses[id]!;
    const status = u.unimplemented === undefined ? 'implemented' : `**not implemented**: ${cell(u.unimplemented)}`;
    const list = (items: readonly string[]) => (items.length === 0 ? '—' : items.join('<br>'));
    const other = [
      ...u.events.map((type) => `event \`${type}\``),
      ...u.notices.map((name) => `notice \`${name}\``),
      ...u.breaches.map((name) => `breach \`${name}\``),
    ];
    const deadlines = u.deadlines.map((d) =>
      d.for.length === 1 && d.for[0] === 'period'
        ? `\`${d.name}\``
        : `\`${d.name}\` (${d.for.map((part) => DEADLINE_PART[part]).join(', ')})`,
    );
    const label = `${id}${c.inferredNumber ? ' (number inferred)' : ''}`;
    return `| ${label} | ${c.citation}：“${cell(c.text)}” | ${status} | ${list(u.transitions.map(transitionText))} | ${list(deadlines)} | ${list(other)} |`;
  });
  return [
    '| clause | text | status | transitions (guard) | deadlines | events, notices, breaches |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** A clause counts as implemented when anything cites it, as not implemented when the module says so. */
function clauseCounts(module: AnyRuleModule): { total: number; implemented: number; unimplemented: number } {
  const uses = Object.values(clauseUses(module));
  const cited = (u: (typeof uses)[number]) =>
    u.transitions.length + u.deadlines.length + u.events.length + u.notices.length + u.breaches.length > 0;
  return {
    total: uses.length,
    implemented: uses.filter(cited).length,
    unimplemented: uses.filter((u) => u.unimplemented !== undefined).length,
  };
}

function schemaSections(title: string, schemas: Readonly<Record<string, unknown>>, heading: (name: string) => string): string[] {
  const entries = Object.entries(schemas);
  if (entries.length === 0) return [];
  return [
    section(
      title,
      entries.map(([name, schema]) => [`### ${heading(name)}`, '', schemaFieldsMarkdown(schema as JsonSchema)].join('\n')).join('\n\n'),
    ),
  ];
}

/**
 * The documentation page of one regulation, generated from its rule module: what it covers, the
 * state diagram, deadlines, parameters, events with their payload fields and roles, notices,
 * breaches, and the table from every clause to what implements it (or why nothing does).
 */
export function regulationPageMarkdown(module: AnyRuleModule, context: PageContext): string {
  const s = moduleReferenceSections(module);
  const schemas = moduleJsonSchemas(module);
  const counts = clauseCounts(module);
  const roles = Object.entries(module.roles as Record<string, { zh: string; en: string }>);
  const children = module.children ?? [];
  const facts = [
    `| source | 《${module.source.name}》（${module.source.documentNumber}），${module.source.issuer}，${module.source.jurisdiction} |`,
    `| in force | ${module.inForce.from} to ${module.inForce.to} (Beijing dates on which a case may be opened, inclusive) |`,
    `| module | \`${module.key}\` in [\`${context.packageName}\`](../../${context.packageDir}/README.md) |`,
    `| clauses | ${counts.total} in the clause table: ${counts.implemented} implemented, ${counts.unimplemented} not implemented (with the reason) |`,
    ...(children.length === 0 ? [] : [`| child cases | ${children.map((id) => `[\`${id}\`](${id}.md)`).join(', ')} |`]),
  ];
  const events = Object.fromEntries(Object.entries(schemas.events).map(([type, e]) => [type, e.payload]));
  const eventLabel = (type: string) => `\`${type}\` — ${module.events[type]!.label.zh} / ${module.events[type]!.label.en}`;
  const notices = module.notices ?? {};
  const parts = [
    BANNER,
    `# ${module.title.zh} / ${module.title.en}`,
    ['| | |', '| --- | --- |', ...facts].join('\n'),
    section(
      'What it covers',
      context.summary,
      '',
      `The workflow in prose, its time rules and parameters: [the package README](../../${context.packageDir}/README.md).`,
    ),
    section(
      'Roles',
      ['| role | 角色 / role |', '| --- | --- |', ...roles.map(([name, r]) => `| \`${name}\` | ${r.zh} / ${r.en} |`)].join('\n'),
    ),
    section(
      'States',
      'Generated from the machine with `toMermaid`; each transition is labelled with its event and the clauses it cites.',
      '',
      s.states,
    ),
    section('Deadlines', s.deadlines ?? 'This regulation sets no deadline the engine keeps.'),
    ...(s.parameters === undefined
      ? []
      : [
          section(
            'Parameters',
            'What the text leaves open; an engine overrides them with `createEngine({ parameters: { [moduleId]: { … } } })`.',
            '',
            s.parameters,
          ),
        ]),
    section(
      'Events',
      'Sent with `engine.send(caseId, { type, payload, actor })`; an actor whose role is not listed is refused (`ROLE_NOT_ALLOWED`).',
      '',
      s.events,
    ),
    ...schemaSections('Event payloads', events, eventLabel),
    section(
      'Case input',
      'What `engine.open(moduleId, { input })` takes. `required` is within the enclosing object.',
      '',
      schemaFieldsMarkdown(schemas.input as JsonSchema),
    ),
    ...(s.notices === undefined ? [] : [section('Notices', s.notices)]),
    ...schemaSections(
      'Notice contents',
      schemas.notices,
      (name) => `\`${name}\` — ${notices[name]!.label.zh} / ${notices[name]!.label.en}`,
    ),
    ...(s.breaches === undefined ? [] : [section('Breaches recorded', s.breaches)]),
    ...(schemas.output === null
      ? []
      : [
          section(
            'Output',
            'What the case ends with (a parent case receives it in `child.done`).',
            '',
            schemaFieldsMarkdown(schemas.output as JsonSchema),
          ),
        ]),
    section(
      'Clauses and what implements them',
      "Every clause of the module's clause table, quoted, with the transitions (and their guards), deadlines, events, notices and breaches that cite it. A clause no code implements says why.",
      '',
      clauseMarkdown(module),
    ),
  ];
  return `${parts.join('\n\n')}\n`;
}

/** One row per module of the preset, for the index of regulation pages. */
export interface IndexEntry {
  readonly module: AnyRuleModule;
  readonly context: PageContext;
}

/** The index page of the regulation pages: name, document, period in force, module and clause counts. */
export function regulationIndexMarkdown(
  preset: {
    readonly title: string;
    readonly documentNumber: string;
    readonly issuer: string;
    readonly issuedOn: string;
    readonly inForce: { readonly from: string; readonly to: string };
  },
  entries: readonly IndexEntry[],
): string {
  const rows = entries.map(({ module, context }, i) => {
    const c = clauseCounts(module);
    return `| ${i + 1} | [《${module.source.name}》](${module.id}.md) | ${module.source.documentNumber} | ${module.inForce.from} – ${module.inForce.to} | \`${module.key}\` (\`${context.packageName}\`) | ${c.total} | ${c.implemented} | ${c.unimplemented} |`;
  });
  const total = entries.reduce(
    (sum, { module }) => {
      const c = clauseCounts(module);
      return {
        total: sum.total + c.total,
        implemented: sum.implemented + c.implemented,
        unimplemented: sum.unimplemented + c.unimplemented,
      };
    },
    { total: 0, implemented: 0, unimplemented: 0 },
  );
  return `${[
    BANNER,
    '# Regulations / 制度',
    `${preset.title}（${preset.documentNumber}），${preset.issuer}，${preset.issuedOn} 印发，${preset.inForce.from} 至 ${preset.inForce.to} 有效。One page per regulation, generated from its rule module in the order the notice lists them. A clause is counted as implemented when a transition, deadline, event, notice or breach cites it; the others are listed on the page with the reason.`,
    [
      '| # | regulation | document | in force | module | clauses | implemented | not implemented |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      `| | **total** | | | | ${total.total} | ${total.implemented} | ${total.unimplemented} |`,
    ].join('\n'),
  ].join('\n\n')}\n`;
}
