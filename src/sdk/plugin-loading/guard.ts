/**
 * The guard around every plugin's `read`: a plugin that throws, yields malformed records or never
 * ends becomes a reported issue instead of a broken run or wrong numbers.
 */
import { isInputError } from '../../shared/errors.js';
import { PluginError } from '../../telemetry/plugin-error.js';
import type { PluginContext, Source, TelemetryPlugin } from '../plugin.js';
import { isColumnsRecord } from '../power-columns.js';
import type { PluginRecord } from '../records.js';
import { isValidRecord, previewRecord, validateRecord } from '../testing/validate-record.js';

/** Something a guarded plugin did wrong, shaped to join the report's warnings (DataWarning). */
export interface PluginIssue {
  code: 'plugin-threw' | 'plugin-malformed-records' | 'plugin-timeout' | 'plugin-not-iterable';
  plugin: string;
  file: string;
  message: string;
  /** Records concerned: malformed records dropped, or records kept before a crash or timeout. */
  count?: number;
  /** Line of the first offending record, when the plugin gave an origin. */
  line?: number;
  /** The first offending record, as shortened JSON. */
  record?: string;
}

export interface GuardOptions {
  /** Longest time one file's read may take (ms); default 15 minutes. */
  timeoutMs?: number;
  /** Longest wait for the plugin's next batch (ms); default 2 minutes. */
  stallMs?: number;
  /** Check every record against the record schema ('all', the default; about 0.1 µs a record) or none. */
  validate?: 'all' | 'none';
  /** Receives each issue when the file is done; without it issues go to `context.log.warn`. */
  onIssue?: (issue: PluginIssue) => void;
  /** Throw a PluginError on a crash or timeout instead of keeping the records read so far (default false). */
  strict?: boolean;
}

class Timeout extends Error {}

/**
 * Wrap a plugin so that one that throws, yields malformed records or never ends cannot break the run
 * or slip wrong data into it. Malformed records are dropped; after a crash or a timeout the records
 * read so far are kept and the rest of the file is reported missing. InputErrors (the input's fault,
 * which the plugin reported properly) and aborts pass through unchanged. A plugin stuck in a
 * synchronous loop cannot be interrupted from the same thread: only asynchronous stalls time out.
 */
export function guardPlugin<Options>(plugin: TelemetryPlugin<Options>, options: GuardOptions = {}): TelemetryPlugin<Options> {
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  const stallMs = options.stallMs ?? 2 * 60_000;
  const validate = options.validate !== 'none';

  async function* read(source: Source, context: PluginContext<Options>): AsyncGenerator<PluginRecord[]> {
    const file = source.path;
    const issues: PluginIssue[] = [];
    const malformed = new MalformedRecords();
    const controller = new AbortController();
    const forward = () => controller.abort(context.signal.reason);
    context.signal.addEventListener('abort', forward, { once: true });
    const started = Date.now();
    let kept = 0;
    let lastLine: number | undefined;
    let iterator: AsyncIterator<PluginRecord | PluginRecord[]> | undefined;
    try {
      const iterable = plugin.read(source, { ...context, signal: controller.signal });
      if (!iterable || typeof (iterable as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') {
        issues.push({ code: 'plugin-not-iterable', plugin: plugin.name, file, message: `plugin ${plugin.name}: read() on ${file} returned ${typeof iterable}, not an async iterable; nothing was read from the file` });
        return;
      }
      iterator = iterable[Symbol.asyncIterator]();
      for (;;) {
        const remainingMs = timeoutMs - (Date.now() - started);
        const step =
          remainingMs <= stallMs
            ? await nextWithin(iterator, remainingMs, `did not finish within ${formatMs(timeoutMs)}`)
            : await nextWithin(iterator, stallMs, `yielded nothing for ${formatMs(stallMs)}`);
        if (step.done) break;
        const items: unknown[] = Array.isArray(step.value) ? step.value : [step.value];
        const good = validate ? malformed.sift(items) : (items as PluginRecord[]);
        if (good.length === 0) continue;
        kept += good.length;
        const last = good[good.length - 1]!;
        const line = isColumnsRecord(last) ? undefined : last.origin?.line;
        if (line !== undefined) lastLine = line;
        yield good;
      }
    } catch (error) {
      if (isInputError(error) || (error as Error | null)?.name === 'AbortError' || context.signal.aborted) throw error;
      if (error instanceof Timeout) {
        // Tell the plugin to stop; its return() may never settle, so it is not awaited.
        controller.abort(error);
        void Promise.resolve(iterator?.return?.()).catch(() => undefined);
      }
      if (options.strict) throw new PluginError(plugin.name, file, error);
      issues.push(failureIssue(plugin.name, file, error, kept, lastLine));
    } finally {
      context.signal.removeEventListener('abort', forward);
      const malformedIssue = malformed.issue(plugin.name, file);
      if (malformedIssue) issues.unshift(malformedIssue);
      for (const issue of issues) {
        if (options.onIssue) options.onIssue(issue);
        else context.log.warn(issue.message);
      }
    }
  }

  return Object.freeze({ ...plugin, read });
}

/** Counts the records that fail the record schema and remembers the first, for one issue per file. */
class MalformedRecords {
  private count = 0;
  private first: { record: string; problems: string; line?: number } | undefined;

  /** The valid records of `items`; the rest are counted. */
  sift(items: readonly unknown[]): PluginRecord[] {
    const good: PluginRecord[] = [];
    for (const item of items) {
      if (isValidRecord(item)) good.push(item as PluginRecord);
      else this.add(item);
    }
    return good;
  }

  private add(item: unknown): void {
    this.count++;
    if (this.first) return;
    const line = (item as { origin?: { line?: unknown } } | null)?.origin?.line;
    this.first = { record: previewRecord(item), problems: validateRecord(item).join('; '), line: typeof line === 'number' ? line : undefined };
  }

  issue(plugin: string, file: string): PluginIssue | undefined {
    const first = this.first;
    if (!first) return undefined;
    const where = first.line !== undefined ? ` (line ${first.line})` : '';
    return {
      code: 'plugin-malformed-records',
      plugin,
      file,
      count: this.count,
      line: first.line,
      record: first.record,
      message: `plugin ${plugin} yielded ${this.count} malformed record(s) from ${file}, dropped; the first${where}: ${first.problems}: ${first.record}`,
    };
  }
}

function failureIssue(plugin: string, file: string, error: unknown, kept: number, lastLine: number | undefined): PluginIssue {
  const where = `after ${kept} record(s)${lastLine !== undefined ? ` (last from line ${lastLine})` : ''}`;
  const shared = { plugin, file, count: kept, line: lastLine };
  if (error instanceof Timeout) {
    return { code: 'plugin-timeout', ...shared, message: `plugin ${plugin} ${error.message} on ${file} ${where}; the rest of the file is missing from the report` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'plugin-threw', ...shared, message: `plugin ${plugin} failed on ${file} ${where}: ${message}; the rest of the file is missing from the report` };
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

async function nextWithin<T>(iterator: AsyncIterator<T>, ms: number, what: string): Promise<IteratorResult<T>> {
  if (ms <= 0) throw new Timeout(what);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(what)), ms);
  });
  try {
    return await Promise.race([iterator.next(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
