/** How far the reading of the telemetry files has got; the pipeline calls it, entry points show it. */
export interface ReadProgress {
  start(totalBytes: number): void;
  advance(bytes: number): void;
  done(): void;
}

export interface ProgressDisplay {
  /** Where the progress goes (stderr, the Actions log). */
  write(text: string): void;
  /** A terminal: redraw one line in place. Otherwise: print a line now and then. */
  live: boolean;
  /** Inputs smaller than this show no progress (B). */
  minBytes?: number;
  /** Time between updates (ms): a live line is redrawn this often, a log line printed. */
  intervalMs?: number;
  now?: () => number;
}

/** Inputs below this read in a second or two: no progress shown. */
export const PROGRESS_MIN_BYTES = 256 * 1024 * 1024;

/**
 * Progress of reading, as one line redrawn in a terminal (`reading 1.2 of 5.0 GB (24 %), 310 MB/s`)
 * or as a line every `intervalMs` in a log. Nothing for small inputs.
 */
export function progressDisplay(display: ProgressDisplay): ReadProgress {
  const now = display.now ?? (() => performance.now());
  const minBytes = display.minBytes ?? PROGRESS_MIN_BYTES;
  const intervalMs = display.intervalMs ?? (display.live ? 200 : 10_000);
  let total = 0;
  let read = 0;
  let startedMs = 0;
  let shownMs = 0;
  let active = false;
  let drawn = false;
  const line = (): string => {
    const seconds = Math.max((now() - startedMs) / 1000, 1e-3);
    const percent = Math.min(100, (100 * read) / total);
    return `reading ${formatBytes(Math.min(read, total))} of ${formatBytes(total)} (${percent.toFixed(0)} %), ${formatBytes(read / seconds)}/s`;
  };
  return {
    start(totalBytes) {
      total = totalBytes;
      read = 0;
      active = totalBytes >= minBytes;
      startedMs = now();
      shownMs = startedMs;
    },
    advance(bytes) {
      read += bytes;
      if (!active || now() - shownMs < intervalMs) return;
      shownMs = now();
      if (display.live) {
        display.write(`\r${line()}\u001b[K`);
        drawn = true;
      } else display.write(`${line()}\n`);
    },
    done() {
      if (drawn) display.write('\r\u001b[K');
      active = false;
      drawn = false;
    },
  };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(0)} MB`;
  return `${(bytes / 1e3).toFixed(0)} kB`;
}
