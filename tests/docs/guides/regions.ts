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
 * Code with the formatter's choices taken out: whitespace and line breaks, and a trailing comma before
 * a closing bracket. A guide then still quotes its source after `npm run format` reflows the source
 * (the guides' Markdown is not reformatted), while any change of a token still shows.
 */
export function withoutLayout(code: string): string {
  return code.replace(/\s+/g, '').replace(/,(?=[)\]}])/g, '');
}

/**
 * Whether `block` is an excerpt of `source`: whole consecutive lines of it, the same code laid out
 * however the formatter likes (see {@link withoutLayout}).
 */
export function containsExcerpt(source: string, block: string): boolean {
  const wanted = withoutLayout(block);
  const lines = source.split('\n');
  return lines.some((_, i) => {
    for (let j = i + 1; j <= lines.length; j++) {
      const candidate = withoutLayout(lines.slice(i, j).join('\n'));
      if (candidate === wanted) return true;
      if (candidate.length > wanted.length) return false;
    }
    return false;
  });
}
