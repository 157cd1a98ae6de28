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
