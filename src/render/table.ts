import { visibleLength } from './ansi.js';
import { escapeMarkdown } from './escape.js';

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

/** A Markdown table; every cell, header included, is plain text and escaped (a pipe or line end cannot split it). */
export function markdownTable(header: string[], rows: string[][], align: Align[]): string[] {
  const sep = align.map((a) => (a === 'right' ? '---:' : '---'));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header.map(escapeMarkdown)), line(sep), ...rows.map((r) => line(r.map(escapeMarkdown)))];
}
