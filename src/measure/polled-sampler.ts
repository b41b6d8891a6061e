import type { DataWarning } from '../energy/types.js';
import { LogFile } from './log-file.js';
import { samplerWarning, type Sampler, type SamplerOptions } from './types.js';

/** What a polled sampler's warnings say: the failed readings, and what a log that cannot be written leaves incomplete. */
export interface PollWarnings {
  failedReadings: (count: number) => string;
  incomplete: string;
}

/**
 * A sampler that reads files of its own on a timer (RAPL's counters, /proc) into one log: the readings
 * are chained so that a slow one never overlaps the next, and the last one is taken when it stops.
 */
export abstract class PolledSampler implements Sampler {
  abstract readonly name: string;
  readonly warnings: DataWarning[] = [];
  protected readonly log: LogFile;
  protected readonly nowMs: () => number;
  /** Readings that failed, counted by the subclass's `sample`. */
  protected failures = 0;
  private readonly timer: NodeJS.Timeout;
  private reading: Promise<void> = Promise.resolve();

  constructor(logPath: string, header: string, options: SamplerOptions, private readonly said: PollWarnings) {
    this.nowMs = options.nowMs ?? Date.now;
    this.log = new LogFile(logPath, header);
    this.timer = setInterval(() => this.tick(), options.intervalMs);
    // The command's child process keeps the event loop alive; a stray timer must not.
    this.timer.unref();
  }

  /** One reading, written to the log (or counted in `failures`). */
  protected abstract sample(): Promise<void>;

  /** Queues a reading after the one in progress; resolves once it is done. */
  protected tick(): Promise<void> {
    this.reading = this.reading.then(() => this.sample());
    return this.reading;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    // A last reading, so that the time up to the command's end counts.
    await this.tick();
    await this.log.close();
    if (this.failures > 0) this.warnings.push(samplerWarning(this.name, this.said.failedReadings(this.failures)));
    if (this.log.error) this.warnings.push(samplerWarning(this.name, `cannot write ${this.log.path} (${this.log.error.message}); ${this.said.incomplete}`));
  }

  files(): Promise<string[]> {
    return Promise.resolve(this.log.lines > 0 ? [this.log.path] : []);
  }

  pids(): number[] {
    return [];
  }
}
