/**
 * Writes docs/regulations/<module-id>.md for every module of 西政办发〔2018〕47号 and the index
 * docs/regulations/README.md. Run from the repository root:
 *
 *   npx tsx scripts/docs/generate-regulation-pages.ts
 *
 * tests/docs/regulation-pages.test.ts fails when a committed page differs from what this writes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyRuleModule } from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { GENERATE_COMMAND, type PageContext, regulationIndexMarkdown, regulationPageMarkdown } from './regulation-page.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES_DIR = 'docs/regulations';

/** The README's opening paragraphs (between its title and first section): the regulation in prose. */
export function readmeSummary(readme: string): string {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith('# ')) + 1;
  const end = lines.findIndex((line, i) => i >= start && line.startsWith('## '));
  return lines
    .slice(start, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

/** Where a built-in module's package lives and what its README says it covers. */
export function pageContext(module: AnyRuleModule, root = REPO_ROOT): PageContext {
  const packageDir = `packages/rules/${module.id}`;
  const pkg = JSON.parse(readFileSync(join(root, packageDir, 'package.json'), 'utf8')) as { name: string };
  return { packageName: pkg.name, packageDir, summary: readmeSummary(readFileSync(join(root, packageDir, 'README.md'), 'utf8')) };
}

export interface GeneratedPage {
  /** Path relative to the repository root. */
  readonly path: string;
  readonly content: string;
  /** The module the page documents (absent for the index). */
  readonly module?: AnyRuleModule;
}

/** Every page the generator writes, in the preset's order, then the index. */
export function regulationPages(root = REPO_ROOT): GeneratedPage[] {
  const entries = xiji2018No47.modules.map((module) => ({ module, context: pageContext(module, root) }));
  return [
    ...entries.map(({ module, context }) => ({
      path: `${PAGES_DIR}/${module.id}.md`,
      content: regulationPageMarkdown(module, context),
      module,
    })),
    { path: `${PAGES_DIR}/README.md`, content: regulationIndexMarkdown(xiji2018No47, entries) },
  ];
}

/**
 * Compares a committed page with the generated one. With `ZWGK_UPDATE_DOCS=1` (as for the
 * package READMEs' generated sections) it writes the page instead. Returns a problem or null.
 */
export function checkGeneratedPage(page: GeneratedPage, root = REPO_ROOT): string | null {
  const file = join(root, page.path);
  let current: string | null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = null;
  }
  if (current === page.content) return null;
  if (process.env.ZWGK_UPDATE_DOCS === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, page.content);
    return null;
  }
  const what = page.module ? `out of date with ${page.module.key}` : 'out of date with the modules';
  return `${page.path} is ${current === null ? 'missing' : what}: run \`${GENERATE_COMMAND}\` (or the tests with ZWGK_UPDATE_DOCS=1) and commit it`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const page of regulationPages()) {
    const file = join(REPO_ROOT, page.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, page.content);
    console.log(`wrote ${relative(process.cwd(), file)}`);
  }
}
