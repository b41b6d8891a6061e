import { describe, expect, it } from 'vitest';
import { InputError, withoutFix } from './errors.js';

describe('withoutFix', () => {
  it('keeps the place and the problem, and leaves out the fix line', () => {
    const error = new InputError('no such zone "XX"', { file: 'a.csv', line: 3, hint: 'name a zone, e.g. FR' });
    expect(error.message).toBe('a.csv:3: no such zone "XX"\n  fix: name a zone, e.g. FR');
    expect(withoutFix(error)).toBe('a.csv:3: no such zone "XX"');
    expect(withoutFix(new InputError('bad value'))).toBe('bad value');
  });
});
