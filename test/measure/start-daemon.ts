import { startDetached } from '../../src/measure/detached.js';

/** Starts the daemon, and adds to `cleanups` the stop of what a failed test leaves (a daemon samples for days otherwise). */
export async function startDaemon(options: Parameters<typeof startDetached>[0], cleanups: (() => void)[]): ReturnType<typeof startDetached> {
  const started = await startDetached(options);
  const { pid } = started;
  if (pid !== undefined) {
    cleanups.push(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Stopped by the test, as it should be.
      }
    });
  }
  return started;
}
