import { createWriteStream, type WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * A log written line by line to disk as samples come, so that memory stays bounded over an 8-hour run;
 * lines written while the disk is busy wait in the stream's buffer, not in ours.
 */
export class LogFile {
  private readonly stream: WriteStream;
  private failed: Error | undefined;
  lines = 0;

  constructor(readonly path: string, header: string) {
    this.stream = createWriteStream(path, { flags: 'w' });
    this.stream.on('error', (error) => (this.failed ??= error));
    this.stream.write(`${header}\n`);
  }

  /** The first write error, if any: the sampler reports it as a warning instead of crashing the run. */
  get error(): Error | undefined {
    return this.failed;
  }

  write(line: string): void {
    if (this.failed) return;
    this.lines += 1;
    this.stream.write(`${line}\n`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.stream.closed) {
        resolve();
        return;
      }
      this.stream.end(() => resolve());
      this.stream.once('error', () => resolve());
    });
  }
}

/** A CSV field: quoted when it holds a comma, a quote or a line break (a CPU model name may). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The first 64 KiB of a log ('' where it cannot be read): enough for its header and first samples, without reading an 8-hour log whole. */
export async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (handle === undefined) return '';
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    // Not a file (a folder of that name): no log.
    return '';
  } finally {
    await handle.close();
  }
}
