import { readLineChunks, sourceChunks } from 'carbon-ci';
import type { ColumnsRecord, PluginContext, Source } from 'carbon-ci';
import { DmonReader } from './dmon-reader.js';

export function hasDmonHeader(head: string): boolean {
  return /^\s*(?:\S+\s+){0,2}#Entity\b/m.test(head);
}

/**
 * The lines up to the first `#Entity` header and its units line (`ID  W  mJ`): what every part of a
 * dmon log read in parts needs. Rows stand alone after it (dmon repeats the header as it goes).
 */
export function dmonPreamble(head: string): string | undefined {
  const entity = /^.*#Entity\b.*$/m.exec(head);
  if (!entity) return undefined;
  let end = head.indexOf('\n', entity.index);
  if (end < 0) return undefined;
  const next = head.indexOf('\n', end + 1);
  if (next > 0 && /^\s*(?:\S+\s+){0,2}ID\b/i.test(head.slice(end + 1, next))) end = next;
  return head.slice(0, end + 1);
}

/** `dcgmi dmon -e 155,156` output with a wall-clock prefix on every line. */
export async function* readDcgmiDmon(
  source: Source,
  context: PluginContext,
  defaultHost: string | undefined,
): AsyncGenerator<ColumnsRecord[]> {
  const reader = new DmonReader(source.path, context, defaultHost);
  for await (const chunk of readLineChunks(sourceChunks(source), { file: source.path })) {
    context.signal.throwIfAborted();
    yield* reader.consume(chunk);
  }
  reader.finish();
}
