/**
 * The number in `bytes[start, end)`, with an optional unit suffix (`312.45 W`, `95 %`, `1200 MiB`).
 * NaN when the field holds no number (`[N/A]`, `[Not Supported]`, text, an empty field).
 * The result equals `Number()` of the digits: an integer mantissa divided by an exact power of ten.
 * A field of more than 64 bytes (blanks aside) with more than 15 digits is NaN.
 */
export declare function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number;
/**
 * Calendar and clock fields of a `YYYY/MM/DD HH:MM:SS.mmm` timestamp (also `-` between date parts, `T`
 * before the time, 0 to 9 fraction digits), without a zone. Returns false when the field is not one.
 * `out[0]` = year*10000 + month*100 + day, `out[1]` = milliseconds since midnight.
 */
export declare function parseDateTimeBytes(bytes: Uint8Array, start: number, end: number, out: Float64Array): boolean;
/**
 * Milliseconds since midnight of a `HH:MM:SS` time with 0 to 9 fraction digits that fills
 * `bytes[start, end)` exactly; -1 when it is not one. The time part of `parseDateTimeBytes`.
 */
export declare function parseTimeOfDayBytes(bytes: Uint8Array, start: number, end: number): number;
