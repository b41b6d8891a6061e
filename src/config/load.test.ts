import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFunctionalUnit } from '../footprint/sci.js';
import { isInputError } from '../shared/errors.js';
import { loadConfig } from './load.js';
import { parseConfig } from './parse.js';

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('parseConfig', () => {
  it('accepts a full configuration', () => {
    const config = parseConfig(
      ['telemetry: logs/*.csv', 'location: aws:us-east-1', 'pue: 1.2', 'maxGapS: auto', 'budgets:', '  co2eKg: 5', '  failOnBudget: true'].join('\n'),
      '.carbon-ci.yml',
    );
    expect(config).toEqual({ telemetry: 'logs/*.csv', location: 'aws:us-east-1', pue: 1.2, maxGapS: 'auto', budgets: { co2eKg: 5, failOnBudget: true } });
  });

  it('names the file and line of an unknown setting', () => {
    const error = errorOf(() => parseConfig('location: FR\nlocaton: DE\n', 'cfg.yml'));
    expect(isInputError(error)).toBe(true);
    expect(error.message).toContain('cfg.yml:2');
    expect(error.message).toContain('unknown setting "locaton"');
  });

  it('names the line of an out-of-range value', () => {
    const error = errorOf(() => parseConfig('location: FR\nbudgets:\n  co2eKg: -1\n', 'cfg.yml'));
    expect(error.message).toContain('cfg.yml:3');
    expect(error.message).toContain('budgets.co2eKg');
  });

  it('reports YAML syntax errors with their line', () => {
    const error = errorOf(() => parseConfig('location: FR\npue: [1.1\n', 'cfg.yml'));
    expect(error.message).toMatch(/cfg\.yml:\d+: is not valid YAML/);
  });

  it('names the file and line of a functionalUnit that is not NAME=COUNT, with the setting\'s own description as the fix', () => {
    for (const bad of ['tokens=abc', 'tokens=0', '=3', 'a=b=3', 'tokens=1e400', `tokens=${'9'.repeat(120)}`]) {
      const error = errorOf(() => parseConfig(`location: FR\nfunctionalUnit: "${bad}"\n`, 'cfg.yml'));
      expect(isInputError(error)).toBe(true);
      expect(error.message).toContain('cfg.yml:2: functionalUnit');
      expect(error.message).toContain('is not in the accepted form');
      expect(error.message).toContain('fix: What the job produced, NAME=COUNT');
      expect(error.message).not.toContain('functional-unit');
    }
  });

  it('accepts exactly the functional units the parser can read', () => {
    const samples = ['tokens=2e9', ' images = 50000 ', 'epochs=3', 'a b.c-d=0.5', 'x=.5', 'x=5.', 'x=+1e-99', '日本=3', 'tokens=0', 'tokens=0.0e5', 'x=0x10', 'x=Infinity', 'x=-1', ' =3', 'tokens=.', 'tokens=1e'];
    for (const text of samples) {
      let parses = true;
      try {
        parseFunctionalUnit(text);
      } catch {
        parses = false;
      }
      let valid = true;
      try {
        parseConfig(`functionalUnit: ${JSON.stringify(text)}\n`, 'cfg.yml');
      } catch {
        valid = false;
      }
      // The schema may be stricter (decimal counts only), never looser.
      if (valid) expect(parses, text).toBe(true);
      if (text !== 'x=0x10') expect(valid, text).toBe(parses);
    }
  });

  it('treats an empty file as no settings', () => {
    expect(parseConfig('', 'cfg.yml')).toEqual({});
  });
});

describe('loadConfig', () => {
  it('returns undefined when the default file is absent, and reads it when present', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'carbon-ci-config-'));
    expect(await loadConfig(dir)).toBeUndefined();
    await writeFile(join(dir, '.carbon-ci.yml'), 'location: FR\n');
    expect(await loadConfig(dir)).toEqual({ location: 'FR' });
  });

  it('fails when an explicitly named file is missing', async () => {
    await expect(loadConfig('/nonexistent', '/nonexistent/x.yml')).rejects.toThrow(/x\.yml: cannot read the config file/);
  });
});
