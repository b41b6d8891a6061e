import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as sdk from './index.js';

const guide = readFileSync(new URL('../../docs/writing-a-plugin.md', import.meta.url), 'utf8');

describe('the public SDK', () => {
  const exports = Object.keys(sdk).sort();

  it('has at most 25 runtime exports', () => {
    expect(exports.length).toBeGreaterThan(0);
    expect(exports.length).toBeLessThanOrEqual(25);
  });

  it('documents each of them with its signature in docs/writing-a-plugin.md', () => {
    const reference = guide.slice(guide.indexOf('## Reference'));
    const undocumented = exports.filter((name) => !new RegExp(`^\\| \`${name}\` \\| \`(new )?${name}`, 'm').test(reference));
    expect(undocumented).toEqual([]);
  });
});
