import { visibleLength } from './ansi.js';

export type Align = 'left' | 'right';

/** A plain-text table with padded columns; cells may carry ANSI codes. */
export function textTable(header: string[], rows: string[][], align: Align[], indent = '  '): string[] {
  const widths = header.map((h, i) => Math.max(visibleLength(h), ...rows.map((r) => visibleLength(r[i] ?? ''))));
  const pad = (cell: string, i: number) => {
    const fill = ' '.repeat(widths[i]! - visibleLength(cell));
    return align[i] === 'right' ? fill + cell : cell + fill;
  };
  const line = (cells: string[]) => indent + cells.map(pad).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

/** Escape text for a GitHub-flavoured Markdown table cell. */
export function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Escape text for Markdown prose (no HTML, no accidental emphasis or mentions). */
export function mdText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|])/g, '\\$1')
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

export function markdownTable(header: string[], rows: string[][], align: Align[]): string[] {
  const sep = align.map((a) => (a === 'right' ? '---:' : '---'));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header.map(mdCell)), line(sep), ...rows.map((r) => line(r.map(mdCell)))];
}
