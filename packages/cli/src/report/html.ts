/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Text in both languages; the page's language switch shows one of them. */
export function bilingual(zh: string, en: string): string {
  return `<span lang="zh">${escapeHtml(zh)}</span><span lang="en">${escapeHtml(en)}</span>`;
}
