import { describe, expect, it } from 'vitest';
import { closeMatches, editDistance } from './suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['us-east-1', 'us-east-9', 1],
    ['fr', 'rf', 2],
  ])('%j -> %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closeMatches', () => {
  const candidates = [{ key: 'FR', names: ['France'] }, { key: 'DE', names: ['Germany'] }, { key: 'GE', names: ['Georgia'] }, { key: 'US' }];

  it('puts a name match first', () => {
    expect(closeMatches('germany', candidates)[0]).toBe('DE');
    expect(closeMatches('fran', candidates)).toEqual(['FR']);
  });

  it('respects the limit and returns nothing for nothing', () => {
    expect(closeMatches('e', candidates, 1)).toHaveLength(1);
    expect(closeMatches('   ', candidates)).toEqual([]);
    expect(closeMatches('zzzzzzzz', candidates)).toEqual([]);
  });
});
