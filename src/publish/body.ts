/** GitHub refuses issue comments longer than this (characters). */
export const COMMENT_MAX_CHARS = 65_536;
/** Check run `output.summary` and `output.text` limit (OpenAPI: maxLength 65535). */
export const CHECK_OUTPUT_MAX_CHARS = 65_535;
/** The job summary accepts up to 1 MiB per step. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

const DEFAULT_NOTE = 'The report was cut here to fit GitHub\'s size limit; the full report is in the job summary and the report artifact.';

/**
 * Make a markdown body fit `maxChars` (UTF-16 units, never fewer than GitHub counts): cut at a line
 * boundary, close any open code fence and `<details>` so the rest still renders, and say so.
 * Never throws: a body that cannot be cut sensibly is cut hard.
 */
export function fitMarkdown(markdown: string, maxChars: number, note = DEFAULT_NOTE): string {
  if (markdown.length <= maxChars) return markdown;
  const tail = `\n\n> [!NOTE]\n> ${note}\n`;
  const budget = maxChars - tail.length - 64; // room for closing tags
  if (budget <= 0) return markdown.slice(0, Math.max(0, maxChars));
  let cut = markdown.lastIndexOf('\n', budget);
  if (cut < budget / 2) cut = budget;
  let kept = markdown.slice(0, cut);
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  const closing: string[] = [];
  if (countFences(kept) % 2 === 1) closing.push('```');
  const openDetails = count(kept, /<details[\s>]/gi) - count(kept, /<\/details>/gi);
  for (let i = 0; i < openDetails; i++) closing.push('</details>');
  const result = `${kept}\n${closing.join('\n')}${tail}`;
  return result.length <= maxChars ? result : result.slice(0, maxChars);
}

/** Same, for a byte limit (the job summary counts UTF-8 bytes). */
export function fitMarkdownBytes(markdown: string, maxBytes: number): string {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown;
  // Each UTF-16 unit is at most 3 UTF-8 bytes.
  let limit = Math.floor(maxBytes / 3);
  let fitted = fitMarkdown(markdown, limit);
  while (limit < markdown.length) {
    const next = fitMarkdown(markdown, Math.min(markdown.length, Math.floor(limit * 1.25)));
    if (Buffer.byteLength(next, 'utf8') > maxBytes) break;
    fitted = next;
    limit = Math.floor(limit * 1.25);
  }
  return fitted;
}

function countFences(text: string): number {
  return count(text, /^\s{0,3}(```|~~~)/gm);
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
