/** A batch of consecutive lines of a text file; `firstLine` is the 1-based number of `lines[0]`. */
export interface LineBatch {
  firstLine: number;
  lines: string[];
  /** True when the last line of the file did not end with a newline (it may be truncated). */
  unterminatedLast: boolean;
}

/**
 * Split a byte stream into lines, in batches, without holding the file in memory.
 * Strips a UTF-8 byte-order mark and the `\r` of CRLF line endings. Refuses UTF-16, which some
 * Windows loggers write, with a message that says how to convert it.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<LineBatch> {
  let carry = '';
  let lineNo = 1;
  let first = true;
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (first) {
      first = false;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new Error('the file is UTF-16 encoded; convert it to UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`)');
      }
    }
    let text = carry + decoder.decode(bytes, { stream: true });
    if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const lastNewline = text.lastIndexOf('\n');
    if (lastNewline < 0) {
      carry = text;
      continue;
    }
    carry = text.slice(lastNewline + 1);
    const lines = text.slice(0, lastNewline).split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
    }
    yield { firstLine: lineNo, lines, unterminatedLast: false };
    lineNo += lines.length;
  }
  carry += decoder.decode();
  if (lineNo === 1 && carry.charCodeAt(0) === 0xfeff) carry = carry.slice(1);
  if (carry.length > 0) {
    const line = carry.charCodeAt(carry.length - 1) === 13 ? carry.slice(0, -1) : carry;
    yield { firstLine: lineNo, lines: [line], unterminatedLast: true };
  }
}
