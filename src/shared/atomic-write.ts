import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replace the file at `path` with `data` whole or not at all: the data goes to a temporary file in
 * the same directory, is flushed to disk, then renamed over `path` (atomic on POSIX file systems).
 * A kill or a full disk half-way leaves the previous file as it was; on an error the temporary file
 * is removed and the error is thrown. A symbolic link at `path` is followed, as writeFile would, and
 * a device or a pipe is written to directly.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  // Write beside the link's target, so that the rename replaces the target and keeps the link.
  const target = await realpath(path).catch(() => path);
  const existing = await stat(target).catch(() => undefined);
  // A device or a pipe (--json /dev/stdout) cannot be replaced, only written to.
  if (existing && !existing.isFile() && !existing.isDirectory()) return writeFile(target, data);
  // An existing file keeps its permissions; a new one gets writeFile's default.
  const mode = existing ? existing.mode & 0o7777 : 0o666;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', mode);
    await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target));
}

/** Make the rename itself durable; best effort, as some platforms (Windows) cannot open a directory. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // The file is complete and in place; only its survival of a power cut is less certain.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
