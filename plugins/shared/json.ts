// Shared by the built-in plugins; built on the public SDK alone, as a user's plugin could be.
import { InputError, readText } from 'carbon-ci';
import type { Source } from 'carbon-ci';

export interface JsonDocumentOptions {
  /** Bytes read at most; a larger file is refused (a document is parsed whole). */
  maxBytes: number;
  /** What the document is, for the message past `maxBytes`: "the sacct JSON". */
  what: string;
  /** How to read a document that large another way. */
  tooLargeHint: string;
  /** How to get a valid document, for the message when it is not JSON. */
  invalidHint: string;
}

/** Whether a parsed JSON value is an object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A file that holds one JSON document, read whole (UTF-8, or UTF-16 with a byte-order mark) and parsed,
 * with its text (for callers that point at lines in it). Too large or not JSON: an InputError naming the
 * file, and the line where the parser stopped.
 */
export async function readJsonDocument(source: Source, options: JsonDocumentOptions): Promise<{ value: unknown; text: string }> {
  const text = await readText(source, { maxBytes: options.maxBytes, tooLarge: { what: options.what, hint: options.tooLargeHint } });
  return { value: parseJsonDocument(text, source.path, options.invalidHint), text };
}

/** `text` parsed as JSON, or an InputError naming `file`, the line where the parser stopped, and `hint`. */
export function parseJsonDocument(text: string, file: string, hint: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    throw new InputError(`not valid JSON: ${reason}`, { file, line: lineOfFailure(text, reason), hint });
  }
}

/** The line V8's message points at (`… at position 123`), or the last line when the text ends too soon. */
function lineOfFailure(text: string, reason: string): number | undefined {
  const position = /\bat position (\d+)/.exec(reason);
  if (!position && !/end of JSON input/.test(reason)) return undefined;
  // A document cut short fails past its last character: that is its last line, not the empty one after it.
  const at = Math.min(position ? Number(position[1]) : text.length, text.trimEnd().length);
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
