// A carbon-ci telemetry plugin for a JSON-lines power logger that writes one object per GPU and sample:
//   {"t": "2025-01-20T09:00:00.120Z", "gpu": 0, "watts": 312.4}
// Walk-through: docs/writing-a-plugin.md. Tests: custom-plugin.test.ts.
import { InputError, dateTimeToUtc, definePlugin, deviceRef, parseDateTime, readLines, wallClockToUtc } from 'carbon-ci';

/** The keys every line must have. A line of JSON with all three is almost certainly ours. */
const SHAPE = /^\s*\{.*"t"\s*:.*"gpu"\s*:.*"watts"\s*:/;

export default definePlugin({
  name: 'power-jsonl',
  kind: 'telemetry',
  description: 'JSON lines {"t": ISO time, "gpu": index, "watts": W} from our rack power logger',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      host: { type: 'string', minLength: 1, description: 'Machine the log came from; GPUs are then identified as host:gpuN.' },
      model: { type: 'string', minLength: 1, description: 'GPU model name, e.g. "NVIDIA H100 80GB HBM3".' },
    },
  },

  // How sure are we that this file is ours? Look at the first line only; 0 means "not mine".
  detect({ head }) {
    const first = head.split('\n', 1)[0] ?? '';
    return SHAPE.test(first) ? 0.9 : 0;
  },

  // Stream the file in batches of lines; yield an array of records per batch.
  async *read(source, context) {
    const file = source.path;
    const { host, model } = context.options;
    // Asked for only when a time has no zone: that is how the report knows the zone mattered.
    let localToUtc;
    const toUtc = (wallMs) => (localToUtc ??= wallClockToUtc(context.localTimeZone()))(wallMs);
    const devices = new Map(); // one shared DeviceRef per GPU
    const deviceFor = (index) => {
      let device = devices.get(index);
      if (!device) devices.set(index, (device = deviceRef({ host, index, model, vendor: 'nvidia' })));
      return device;
    };
    let dropped = 0;
    let firstDropped = 0;

    for await (const batch of readLines(source.open(), { file })) {
      context.signal.throwIfAborted();
      const records = [];
      batch.lines.forEach((text, i) => {
        const line = batch.firstLine + i;
        if (text.trim() === '') return;
        let row;
        try {
          row = JSON.parse(text);
        } catch {
          // The last line of a log that is still being written may be cut short: drop it, say so below.
          if (batch.unterminatedLast && i === batch.lines.length - 1) {
            dropped++;
            firstDropped ||= line;
            return;
          }
          throw new InputError('not a JSON object', { file, line, hint: 'each line must be {"t": "<ISO time>", "gpu": <index>, "watts": <W>}' });
        }
        const time = typeof row.t === 'string' ? parseDateTime(row.t) : undefined;
        if (!time || !Number.isInteger(row.gpu) || row.gpu < 0) {
          throw new InputError(`bad "t" or "gpu" in ${text.slice(0, 80)}`, {
            file,
            line,
            hint: 't is an ISO 8601 time such as 2025-01-20T09:00:00Z; gpu is the GPU index (0, 1, …)',
          });
        }
        // A missing reading (null) is data we do not have: drop it and count it, never read it as 0 W.
        if (typeof row.watts !== 'number' || !Number.isFinite(row.watts)) {
          dropped++;
          firstDropped ||= line;
          return;
        }
        records.push({
          type: 'power',
          timeMs: dateTimeToUtc(time, toUtc),
          device: deviceFor(row.gpu),
          powerW: row.watts,
          origin: { file, line },
        });
      });
      if (records.length > 0) yield records;
    }

    if (dropped > 0) {
      context.log.warn(`${file}: dropped ${dropped} line(s) without a power reading, first at line ${firstDropped}; that time counts as a gap`);
    }
    if (devices.size === 0) {
      throw new InputError('no power readings in the file', { file, hint: 'check that the logger ran during the job' });
    }
  },
});
