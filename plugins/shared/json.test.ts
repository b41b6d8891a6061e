import { describe, expect, it } from 'vitest';
import { expectInputError, textSource } from 'carbon-ci/testing';
import { parseJsonDocument, readJsonDocument } from './json.js';

describe('readJsonDocument', () => {
  const options = { maxBytes: 1024, what: 'the export', tooLargeHint: 'export less', invalidHint: 'export it again' };

  it('parses the document (UTF-16 with a byte-order mark too) and returns its text', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[{"a": 1}]', 'utf16le')]);
    expect(await readJsonDocument(textSource(utf16, 'doc.json'), options)).toEqual({ value: [{ a: 1 }], text: '[{"a": 1}]' });
  });

  it('names the file and the line where the document breaks, or where it is cut short', async () => {
    await expectInputError(readJsonDocument(textSource('{\n  "a": 1,\n  "b": 2 "c"\n}\n', 'doc.json'), options), {
      file: 'doc.json',
      line: 3,
      message: /not valid JSON/,
      hint: 'export it again',
    });
    await expectInputError(() => parseJsonDocument('[\n  {"a": 1},\n  {"a": 2\n', 'cut.json', 'write it again'), { file: 'cut.json', line: 3, hint: 'write it again' });
    // Where the parser's message gives no position, the file alone.
    await expectInputError(() => parseJsonDocument('[1,\n2,,3]', 'odd.json', 'write it again'), { file: 'odd.json', message: /not valid JSON/ });
  });

  it('refuses a document over the cap, naming it and the way out', async () => {
    await expectInputError(readJsonDocument(textSource(`[${'1,'.repeat(1000)}1]`, 'big.json'), options), {
      file: 'big.json',
      message: 'the export is larger than 1024 bytes',
      hint: 'export less',
    });
  });
});
