import { readFileSync, writeFileSync } from 'node:fs';
import { type AnyRuleModule, moduleReferenceMarkdown } from '@zwgk/core';

const START = '<!-- generated:reference:start (do not edit: run the tests with ZWGK_UPDATE_DOCS=1) -->';
const END = '<!-- generated:reference:end -->';

/**
 * Checks that a module README's generated reference (diagram, deadlines, clause table) matches
 * the module. With `ZWGK_UPDATE_DOCS=1` it rewrites the section instead. Returns a problem or null.
 */
export function checkGeneratedReadme(module: AnyRuleModule, readmePath: string): string | null {
  const text = readFileSync(readmePath, 'utf8');
  const generated = `${START}\n${moduleReferenceMarkdown(module)}\n${END}`;
  const start = text.indexOf(START.slice(0, 30));
  const end = text.indexOf(END);
  const current = start >= 0 && end > start ? text.slice(start, end + END.length) : null;
  if (current === generated) return null;
  if (process.env.ZWGK_UPDATE_DOCS === '1') {
    writeFileSync(readmePath, current === null ? `${text.trimEnd()}\n\n## Reference\n\n${generated}\n` : text.replace(current, generated));
    return null;
  }
  return current === null
    ? `${readmePath} has no generated reference section: run the tests once with ZWGK_UPDATE_DOCS=1`
    : `${readmePath} is out of date with ${module.key}: run the tests with ZWGK_UPDATE_DOCS=1 and commit the README`;
}
