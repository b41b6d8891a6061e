// A merge that was committed half-resolved leaves its markers in the text a user reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** The Markdown a user reads: the top-level files, docs/ and each plugin's README. */
function markdownFiles(): string[] {
  const top = readdirSync(ROOT).filter((name) => name.endsWith('.md'));
  const under = (dir: string) => (readdirSync(join(ROOT, dir), { recursive: true }) as string[]).filter((name) => name.endsWith('.md')).map((name) => join(dir, name));
  return [...top, ...under('docs'), ...under('plugins')];
}

describe('documentation', () => {
  it('holds no merge-conflict markers', () => {
    const files = markdownFiles();
    expect(files).toContain(join('docs', 'methodology.md'));
    const marked = files.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((text, i) => (/^(?:<{7}|>{7})(?: |$)/.test(text) ? [`${file}:${i + 1}: ${text}`] : [])),
    );
    expect(marked).toEqual([]);
  });
});
