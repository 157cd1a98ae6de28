import { readFileSync } from 'node:fs';

/** The `// #region name` … `// #endregion` blocks of a source file, by name, without the markers. */
export function regions(file: string): Map<string, string> {
  const out = new Map<string, string>();
  const pattern = /^\/\/ #region (\S+)\n([\s\S]*?)^\/\/ #endregion\b.*$/gm;
  for (const match of readFileSync(file, 'utf8').matchAll(pattern)) out.set(match[1]!, match[2]!.trimEnd());
  return out;
}

/** The bodies of a Markdown file's fenced code blocks in a language. */
export function codeBlocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]!.trimEnd());
}

/**
 * Whether `block` is a verbatim excerpt of `source`: the same consecutive lines, all indented
 * alike (a guide quotes a nested excerpt without its indentation).
 */
export function containsExcerpt(source: string, block: string): boolean {
  const lines = source.split('\n');
  const wanted = block.split('\n');
  return lines.some((line, i) => {
    if (!line.endsWith(wanted[0]!)) return false;
    const indent = line.slice(0, line.length - wanted[0]!.length);
    if (indent.trim() !== '') return false;
    return wanted.every((w, k) => lines[i + k] === (w === '' ? '' : indent + w) || (w === '' && lines[i + k]?.trim() === ''));
  });
}
