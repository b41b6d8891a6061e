import { describe, expect, it } from 'vitest';
import { isInputError } from '../shared/errors.js';
import { validatePluginOptions } from './plugin-options.js';

const plugin = (options: Record<string, unknown>) => ({ name: 'p', options });

describe('validatePluginOptions without options', () => {
  it('fills defaults and enforces required options, as with options', () => {
    expect(validatePluginOptions(plugin({ type: 'object', properties: { mode: { type: 'string', default: 'job' } } }))).toEqual({ mode: 'job' });
    let error: unknown;
    try {
      validatePluginOptions(plugin({ type: 'object', required: ['url'], properties: { url: { type: 'string' } } }));
    } catch (thrown) {
      error = thrown;
    }
    expect(isInputError(error) && error.message).toMatch(/^plugin p: option "url" is required/);
    expect(() => validatePluginOptions(plugin({ type: 'object', minProperties: 1 }))).toThrow(/plugin p/);
  });

  it('gives an empty object for a schema that asks for nothing', () => {
    expect(validatePluginOptions(plugin({ type: 'object', additionalProperties: false, properties: { columns: { type: 'string' } } }))).toEqual({});
  });

  it('still checks the options given against the schema', () => {
    expect(() => validatePluginOptions(plugin({ type: 'object', additionalProperties: false, properties: { columns: { type: 'string' } } }), { rows: 1 })).toThrow(
      'plugin p: unknown option "rows"',
    );
  });
});
