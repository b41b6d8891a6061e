// Worker thread entry: reads the units it is sent with the built-in plugins and posts back each
// unit's energy state and log lines. Bundled as dist/read-worker.js.
import { parentPort } from 'node:worker_threads';
import { builtinPlugins } from '../../../plugins/index.js';
import type { LogLine, WorkerReply, WorkerRequest } from './protocol.js';
import { readUnit } from './read-unit.js';

const PROGRESS_EVERY_BYTES = 8 * 1024 * 1024;
const port = parentPort!;

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'stop') {
    port.close();
    return;
  }
  const { unit, settings } = request;
  const logs: LogLine[] = [];
  let unreported = 0;
  const flush = () => {
    if (unreported > 0) port.postMessage({ type: 'progress', bytes: unreported } satisfies WorkerReply);
    unreported = 0;
  };
  const onBytes = (bytes: number) => {
    unreported += bytes;
    if (unreported >= PROGRESS_EVERY_BYTES) flush();
  };
  readUnit(unit, settings, builtinPlugins, logs, onBytes).finally(flush).then(
    ({ state, readTimeZone }) => port.postMessage({ type: 'done', id: unit.id, state, logs, readTimeZone } satisfies WorkerReply),
    // The main thread reads a failed unit's file again itself, so that the error it reports is the reader's own.
    (error: unknown) => port.postMessage({ type: 'failed', id: unit.id, reason: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
});
