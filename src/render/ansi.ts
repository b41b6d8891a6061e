/** Minimal ANSI styling; every function is the identity when colour is off. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  warn(text: string): string;
  good(text: string): string;
  bad(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const colored: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  warn: wrap(33, 39),
  good: wrap(32, 39),
  bad: wrap(31, 39),
};

const identity = (text: string) => text;
const plain: Style = { bold: identity, dim: identity, warn: identity, good: identity, bad: identity };

export function styleFor(color: boolean): Style {
  return color ? colored : plain;
}

// eslint-disable-next-line no-control-regex
const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;

/** The printed width of text that may hold ANSI codes. */
export function visibleLength(text: string): number {
  return text.replace(ANSI_PATTERN, '').length;
}
