import { InputError, readLines } from 'carbon-ci';
import type { EnergyRecord, FileSource, PluginContext } from 'carbon-ci';
import { isJsonObject, readJsonDocument } from '../shared/json.js';
import type { EmissionsReader } from './reader.js';

/** A whole JSON document (an array of runs) is parsed at once; CodeCarbon writes one object per run. */
const MAX_JSON_BYTES = 256 * 1024 * 1024;
const KEYS = [/"timestamp"\s*:/, /"duration"\s*:/, /"(?:cpu_energy|gpu_energy|ram_energy|energy_consumed)"\s*:/];
const HINT = "pass the emissions.json that CodeCarbon's JSONOutput wrote (JSON lines or an array), or lines that hold one EmissionsData object each";

/** Whether `head` holds CodeCarbon's EmissionsData as JSON: its field names as quoted keys. */
export function isEmissionsJson(head: string): boolean {
  return KEYS.every((key) => key.test(head));
}

/** The line on which each top-level object of a JSON array starts, so that messages can point at it. */
function objectLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (c === 123 && depth === 1) lines.push(line);
      depth++;
    } else if (c === 93 || c === 125) depth--;
  }
  return lines;
}


/** One JSON document: an array of EmissionsData objects (JSONOutput's "overwrite" mode, a task file, pandas `to_json(orient="records")`) or one object. */
async function* readDocument(source: FileSource, reader: EmissionsReader): AsyncGenerator<EnergyRecord[]> {
  const { value, text } = await readJsonDocument(source, {
    maxBytes: MAX_JSON_BYTES,
    what: 'the JSON document',
    tooLargeHint: 'write it as JSON lines (JSONOutput\'s default "append" mode), which is read line by line',
    invalidHint: HINT,
  });
  const objects = Array.isArray(value) ? value : [value];
  const lines = Array.isArray(value) ? objectLines(text) : [1];
  if (!objects.some(isJsonObject)) throw new InputError('the JSON holds no CodeCarbon object', { file: source.path, hint: HINT });
  const records: EnergyRecord[] = [];
  objects.forEach((object, i) => {
    if (isJsonObject(object)) records.push(...reader.consumeObject(object, lines[i] ?? 1));
    else reader.drop('an array entry is not an object', lines[i] ?? 1);
  });
  if (records.length > 0) yield records;
}

/**
 * CodeCarbon's JSON, streamed where it comes a line at a time: JSONOutput's JSON lines, or a log
 * whose lines end with the object LoggerOutput wrote. A line without a brace is the log's own text.
 */
export async function* readEmissionsJson(source: FileSource, context: PluginContext, reader: EmissionsReader, head: string): AsyncGenerator<EnergyRecord[]> {
  const firstLine = head.trimStart().split('\n', 1)[0]!;
  let wholeLine = false;
  try {
    wholeLine = isJsonObject(JSON.parse(firstLine.slice(firstLine.indexOf('{'))));
  } catch {
    // A pretty-printed document, or a first line longer than the head.
  }
  if (/^\s*\[/.test(firstLine) || (/^\s*\{/.test(firstLine) && !wholeLine)) {
    yield* readDocument(source, reader);
    return;
  }
  let objects = 0;
  for await (const batch of readLines(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const records: EnergyRecord[] = [];
    batch.lines.forEach((text, i) => {
      const line = batch.firstLine + i;
      const brace = text.indexOf('{');
      if (brace < 0) return;
      let value: unknown;
      try {
        value = JSON.parse(text.slice(brace));
      } catch {
        // Only a line that was an EmissionsData object is a lost reading; other braces are the log's own text.
        if (text.includes('"timestamp"')) reader.drop('the line is not a whole JSON object (cut short, or two processes appended at once)', line);
        return;
      }
      if (!isJsonObject(value) || !('timestamp' in value) || !('duration' in value)) return;
      objects++;
      records.push(...reader.consumeObject(value, line));
    });
    if (records.length > 0) yield records;
  }
  if (objects === 0) throw new InputError('no line holds a CodeCarbon JSON object', { file: source.path, hint: HINT });
}
