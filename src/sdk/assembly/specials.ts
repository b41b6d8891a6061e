// The delimiter kernel: finds the delimiters, newlines and double quotes of a chunk of delimited text,
// sixteen bytes at a time, compiled to WebAssembly (AssemblyScript; `npm run build:kernel` writes
// ../specials-kernel.generated.ts). `../specials-kernel.ts` copies the chunk in and reads the list out.

/** What an entry of the list says of its byte: entry = offset × 4 + kind. */
export const DELIMITER: i32 = 0;
export const NEWLINE: i32 = 1;
export const QUOTE: i32 = 2;
/** Where the chunk goes; the list follows it, 16-byte aligned. Below this: nothing (no static data). */
export const INPUT: i32 = 1024;

const LF: i32 = 10;
const DOUBLE_QUOTE: i32 = 34;

function entry(at: i32, c: i32, delimiter: i32): i32 {
  // The delimiter first, as DelimitedLine.scan tests it.
  return (at << 2) | (c == delimiter ? DELIMITER : c == LF ? NEWLINE : QUOTE);
}

/**
 * The offsets (in order) of every byte of INPUT + [0, length) that is `delimiter`, LF or `"`, each as
 * offset × 4 + kind, written as i32 from `out`; returns how many. `out` must have room for `length`.
 */
export function findSpecials(length: i32, out: i32, delimiter: i32): i32 {
  const delimiters = i8x16.splat(<i8>delimiter);
  const newlines = i8x16.splat(<i8>LF);
  const quotes = i8x16.splat(<i8>DOUBLE_QUOTE);
  let count = 0;
  let i = 0;
  for (; i + 16 <= length; i += 16) {
    const bytes = v128.load(INPUT + i);
    let mask = i8x16.bitmask(v128.or(v128.or(i8x16.eq(bytes, delimiters), i8x16.eq(bytes, newlines)), i8x16.eq(bytes, quotes)));
    while (mask != 0) {
      const at = i + <i32>ctz(mask);
      store<i32>(out + (count << 2), entry(at, <i32>load<u8>(INPUT + at), delimiter));
      count++;
      mask &= mask - 1;
    }
  }
  for (; i < length; i++) {
    const c = <i32>load<u8>(INPUT + i);
    if (c == delimiter || c == LF || c == DOUBLE_QUOTE) {
      store<i32>(out + (count << 2), entry(i, c, delimiter));
      count++;
    }
  }
  return count;
}
