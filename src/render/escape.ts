// Untrusted text, rendered inert. Every string that carbon-ci did not write itself (device ids and
// models, plugin names, file paths, locations, factor sources, warnings, budget and baseline text,
// smoke checks, tool versions) can come from a fork's files or report artifact, and the Action posts
// it with the base repository's token: it goes through escapeMarkdown (Markdown) or stripControls
// (terminal). Text that carbon-ci writes (headings, labels, formatted numbers, its own links) does not.

/** Invisible, so the reader sees the text unchanged, but it breaks GitHub's mention, reference and autolink patterns. */
const ZERO_WIDTH_SPACE = '\u200b';

/** ANSI escape sequences (CSI such as colours, OSC such as terminal titles and hyperlinks). */
// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?/g;

/** Line ends of every kind, folded so that data cannot start a line (a heading, a list, a table row). */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/** Control characters and the bidi overrides that reorder what a reviewer reads ("Trojan Source"). */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Markdown punctuation that could open emphasis, code, math, a link or image, a table cell, or an escape. */
const MARKDOWN_PUNCTUATION = /[\\`*_~[\]|$]/g;

/** Untrusted text is cut to this many characters: a 130,000-character GPU name must not become the comment. */
export const MAX_UNTRUSTED_CHARS = 1000;

/**
 * One line of plain text: escape sequences and control characters removed, line ends and tabs
 * turned into spaces, and cut (with an ellipsis) past MAX_UNTRUSTED_CHARS. The base of both escapes below.
 */
function singleLine(text: string): string {
  const raw = String(text);
  const bounded = raw.length > 4 * MAX_UNTRUSTED_CHARS ? raw.slice(0, 4 * MAX_UNTRUSTED_CHARS) : raw;
  const line = bounded.replace(ANSI_SEQUENCE, '').replace(LINE_BREAK, ' ').replace(/\t/g, ' ').replace(CONTROL_OR_BIDI, '');
  return line.length > MAX_UNTRUSTED_CHARS || bounded !== raw ? `${line.slice(0, MAX_UNTRUSTED_CHARS)}…` : line;
}

/**
 * Untrusted text as inert GitHub-flavoured Markdown, safe anywhere inline: in a table cell, a list
 * item, a heading or `<sub>`. What a reviewer reads stays the same; what GitHub would act on does not:
 * - no HTML: `&`, `<` and `>` become entities (no tags, no comments, no closing `</details>`);
 * - no Markdown: `\`, `` ` ``, `*`, `_`, `~`, `[`, `]`, `|` and `$` are backslash-escaped, as are `!`
 *   before `[` and a leading `#`; with the brackets escaped, `(` and `)` cannot form a link and stay;
 * - one line: line ends and tabs become spaces, control characters and bidi overrides are removed;
 * - no notifications or links: a zero-width space follows `@` (mentions, e-mail addresses), `#` and
 *   `GH-` before a digit (issue references), and breaks `://` and `www.` (autolinks).
 */
export function escapeMarkdown(text: string): string {
  return singleLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    .replace(/!(?=\\\[)/g, '\\!')
    .replace(/^(\s*)#/, '$1\\#')
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/(#|\bGH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`);
}

/** A code span for untrusted text that needs no escaping (a plain path); anything else escaped in `<code>`. */
export function codeText(text: string): string {
  const escaped = escapeMarkdown(text);
  return escaped === text && escaped.length > 0 ? `\`${text}\`` : `<code>${escaped}</code>`;
}

/** Untrusted text for a terminal: one line, no escape sequences, control characters or bidi overrides. */
export function stripControls(text: string): string {
  return singleLine(text);
}
