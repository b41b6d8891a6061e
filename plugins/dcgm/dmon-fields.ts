import { parseNumber } from 'carbon-ci';

/** Exact powers of ten: a mantissa of up to 15 digits divided by one rounds as `Number()` rounds the decimal. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const MAX_EXACT_DIGITS = 15;
const ZERO = 48;
const NINE = 57;
const DOT = 46;

/** Space, tab and the other ASCII blanks (`\v`, `\f`, a stray `\r`): what separates the fields of a line. */
function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

/**
 * The fields of one line of bytes (runs of non-blank bytes), found without decoding the line: only the
 * fields read become numbers, and only those shown in a message become strings. One instance serves
 * every line.
 */
export class LineFields {
  bytes: Buffer = Buffer.alloc(0);
  count = 0;
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);

  /** Splits the line `bytes[start, end)`; returns how many fields it has. */
  split(bytes: Buffer, start: number, end: number): number {
    this.bytes = bytes;
    let count = 0;
    let i = start;
    for (;;) {
      while (i < end && isBlank(bytes[i]!)) i++;
      if (i === end) break;
      if (count === this.starts.length) this.grow();
      this.starts[count] = i;
      while (i < end && !isBlank(bytes[i]!)) i++;
      this.ends[count++] = i;
    }
    return (this.count = count);
  }

  start(field: number): number {
    return this.starts[field]!;
  }

  end(field: number): number {
    return this.ends[field]!;
  }

  length(field: number): number {
    return this.ends[field]! - this.starts[field]!;
  }

  text(field: number): string {
    return this.bytes.toString('utf8', this.starts[field], this.ends[field]);
  }

  /** The texts of fields `from` to the last. */
  texts(from: number): string[] {
    const out: string[] = [];
    for (let field = from; field < this.count; field++) out.push(this.text(field));
    return out;
  }

  /** Whether the field starts with the ASCII text `prefix` (`whole`: and holds nothing else). */
  startsWith(field: number, prefix: string, whole = false): boolean {
    const start = this.starts[field]!;
    const length = this.ends[field]! - start;
    if (length < prefix.length || (whole && length !== prefix.length)) return false;
    for (let k = 0; k < prefix.length; k++) if (this.bytes[start + k] !== prefix.charCodeAt(k)) return false;
    return true;
  }

  /** The field as `parseNumber` reads it: null for a missing-value marker such as `N/A`, NaN when it is not a number. */
  number(field: number): number | null {
    const value = this.plainDecimal(field);
    return Number.isNaN(value) ? parseNumber(this.text(field)) : value;
  }

  /** The field as `Number()` reads it. */
  numeric(field: number): number {
    const value = this.plainDecimal(field);
    return Number.isNaN(value) ? Number(this.text(field)) : value;
  }

  /** Whether the field is at least `minDigits` digits, with an optional fraction: an epoch time. */
  isEpoch(field: number, minDigits: number): boolean {
    const bytes = this.bytes;
    const end = this.ends[field]!;
    let i = this.starts[field]!;
    const digitsStart = i;
    while (i < end && isDigit(bytes[i]!)) i++;
    if (i - digitsStart < minDigits) return false;
    if (i === end) return true;
    if (bytes[i] !== DOT || i + 1 === end) return false;
    for (i++; i < end; i++) if (!isDigit(bytes[i]!)) return false;
    return true;
  }

  /** The value of a field of at most 15 digits with an optional fraction; NaN for any other, which the callers hand to the SDK's parsers. */
  private plainDecimal(field: number): number {
    const bytes = this.bytes;
    const end = this.ends[field]!;
    let mantissa = 0;
    let digits = 0;
    let fraction = -1;
    for (let i = this.starts[field]!; i < end; i++) {
      const c = bytes[i]!;
      if (isDigit(c)) {
        mantissa = mantissa * 10 + (c - ZERO);
        digits++;
        if (fraction >= 0) fraction++;
      } else if (c === DOT && fraction < 0) fraction = 0;
      else return Number.NaN;
    }
    if (digits === 0 || digits > MAX_EXACT_DIGITS || fraction === 0) return Number.NaN;
    return fraction > 0 ? mantissa / POW10[fraction]! : mantissa;
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}
