// writeFileAtomic: a temporary file beside the target, renamed over it; nothing left behind on failure.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/shared/atomic-write.js';

const OLD_REPORT = '{"old":true}\n';

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'carbon-ci-writes-'));
}

describe('writeFileAtomic', () => {
  it('replaces the file whole', async () => {
    const dir = freshDir();
    const path = join(dir, 'report.json');
    writeFileSync(path, OLD_REPORT);
    await writeFileAtomic(path, '{"new":true}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"new":true}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('removes its temporary file when the rename fails, and throws the cause', async () => {
    const dir = freshDir();
    // A directory where the file should go: the temporary file is written, the rename over it fails.
    mkdirSync(join(dir, 'report.json'));
    writeFileSync(join(dir, 'report.json', 'keep'), 'x');
    await expect(writeFileAtomic(join(dir, 'report.json'), '{}')).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/) });
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(readdirSync(join(dir, 'report.json'))).toEqual(['keep']);
  });
});
