import { describe, expect, it } from 'vitest';
import { InputError } from '../shared/errors.js';
import { expectInputError } from './testing.js';

const bad = () => {
  throw new InputError('bad "t" in line', { file: 'power.jsonl', line: 2, hint: 't is an ISO 8601 time' });
};

describe('expectInputError', () => {
  it('returns the InputError that a function or a promise throws, when it matches', async () => {
    const error = await expectInputError(bad, { message: /bad "t"/, file: 'power.jsonl', line: 2, hint: 'ISO 8601' });
    expect(error.line).toBe(2);
    await expect(expectInputError(Promise.reject(new InputError('x', { hint: 'h' })), { hint: true })).resolves.toBeInstanceOf(InputError);
  });

  it('fails when nothing is thrown, when another error is, or when the error differs', async () => {
    await expect(expectInputError(() => 1)).rejects.toThrow(/nothing was thrown/);
    await expect(expectInputError(Promise.reject(new TypeError('oops')))).rejects.toThrow(/got TypeError: oops/);
    await expect(expectInputError(bad, { line: 3, file: 'other.jsonl' })).rejects.toThrow(/file "power.jsonl", expected "other.jsonl"\n {2}line 2, expected 3/);
    await expect(expectInputError(() => Promise.reject(new InputError('no hint')), { hint: true })).rejects.toThrow(/hint undefined/);
  });
});
