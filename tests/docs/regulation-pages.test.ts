import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clauseUses, toMermaid } from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { describe, expect, it } from 'vitest';
import { checkGeneratedPage, REPO_ROOT, regulationPages } from '../../scripts/docs/generate-regulation-pages.js';

const pages = regulationPages();
const pageOf = (moduleId: string) => pages.find((p) => p.module?.id === moduleId)!;

describe('docs/regulations', () => {
  it('has one page per module of 西政办发〔2018〕47号 and an index', () => {
    expect(pages.filter((p) => p.module).map((p) => p.path)).toEqual(xiji2018No47.modules.map((m) => `docs/regulations/${m.id}.md`));
    expect(pages.at(-1)?.path).toBe('docs/regulations/README.md');
  });

  for (const page of pages) {
    it(`${page.path} is what the generator writes from the code`, () => {
      expect(checkGeneratedPage(page)).toBeNull();
    });
  }

  it('the index links every page with its clause counts', () => {
    const index = pages.at(-1)!.content;
    for (const module of xiji2018No47.modules) {
      const total = Object.keys(module.clauses).length;
      const unimplemented = Object.keys(module.unimplemented ?? {}).length;
      expect(index).toContain(
        `[《${module.source.name}》](${module.id}.md) | ${module.source.documentNumber} | ${module.inForce.from} – ${module.inForce.to} | \`${module.key}\``,
      );
      expect(index).toMatch(
        new RegExp(`\\| \`${module.key}\` \\([^)]*\\) \\| ${total} \\| ${total - unimplemented} \\| ${unimplemented} \\|`),
      );
    }
  });
});

describe.each(xiji2018No47.modules.map((m) => [m.id, m] as const))('the page of %s', (_id, module) => {
  const content = pageOf(module.id).content;
  const section = (title: string) => {
    const start = content.indexOf(`\n## ${title}\n`);
    expect(start, `section ${title}`).toBeGreaterThan(0);
    const end = content.indexOf('\n## ', start + 1);
    return content.slice(start, end < 0 ? undefined : end);
  };

  it('has the title, source document and period in force', () => {
    expect(content).toContain(`# ${module.title.zh} / ${module.title.en}`);
    expect(content).toContain(`《${module.source.name}》（${module.source.documentNumber}）`);
    expect(content).toContain(`${module.inForce.from} to ${module.inForce.to}`);
  });

  it('says what the regulation covers, from its package README', () => {
    const readme = readFileSync(join(REPO_ROOT, 'packages/rules', module.id, 'README.md'), 'utf8');
    const firstParagraph = readme.split('\n').slice(1).join('\n').trim().split('\n\n')[0]!;
    expect(section('What it covers')).toContain(firstParagraph);
  });

  it('shows the state diagram generated from the machine', () => {
    expect(section('States')).toContain(`\`\`\`mermaid\n${toMermaid(module.machine)}\n\`\`\``);
  });

  it('lists every deadline with its length, unit, start, warning and clause citation', () => {
    const deadlines = Object.entries(module.deadlines ?? {});
    const text = section('Deadlines');
    for (const [name, d] of deadlines) {
      const row = text.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, `deadline ${name}`).toBeDefined();
      expect(row).toContain(`| ${d.length} `);
      expect(row).toContain(`(${d.unit})`);
      expect(row).toContain(d.startsOn.zh);
      expect(row).toContain(d.warnBefore ? `${d.warnBefore.length} ${d.warnBefore.unit}` : '—');
      expect(row).toContain(module.clauses[d.clause]!.citation);
    }
    if (deadlines.length === 0) expect(text).toContain('sets no deadline');
  });

  it('lists every parameter with its default', () => {
    for (const [name, p] of Object.entries(module.parameters ?? {})) {
      expect(section('Parameters')).toContain(`| \`${name}\` | ${p.label.zh} / ${p.label.en} | \`${JSON.stringify(p.default)}\``);
    }
  });

  it('lists every event with its roles and a table of its payload fields', () => {
    const payloads = section('Event payloads');
    for (const [type, e] of Object.entries(module.events)) {
      expect(section('Events')).toContain(`| \`${type}\` | ${e.label.zh} / ${e.label.en} | ${e.roles.join(', ')} |`);
      expect(payloads).toContain(`### \`${type}\` — ${e.label.zh}`);
    }
    expect(payloads).toContain('| field | type | required | description |');
    expect(payloads).not.toContain('"$schema"');
  });

  it('quotes every clause of the clause table and names what implements it, or why nothing does', () => {
    const table = section('Clauses and what implements them').split('\n');
    for (const [id, uses] of Object.entries(clauseUses(module))) {
      const clause = module.clauses[id]!;
      const row = table.find((line) => line.startsWith(`| ${id} |`) || line.startsWith(`| ${id} (number inferred) |`));
      expect(row, `clause ${id}`).toBeDefined();
      expect(row).toContain(clause.citation);
      expect(row).toContain(clause.text.replace(/\|/g, '\\|').replace(/\n+/g, ' '));
      if (uses.unimplemented !== undefined) expect(row).toContain(`**not implemented**: ${uses.unimplemented.replace(/\|/g, '\\|')}`);
      for (const t of uses.transitions) expect(row).toContain(`\`${t.from || '(root)'}\``);
      for (const t of uses.transitions.filter((t) => t.guard !== undefined)) expect(row).toContain(`if \`${t.guard}\``);
      for (const d of uses.deadlines) expect(row).toContain(`\`${d.name}\``);
    }
  });
});
