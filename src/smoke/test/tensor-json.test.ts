import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_ATOL, DEFAULT_RTOL, readExpectedFile, readInputsFile } from '../tensor-json.js';
import { fixture } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-tensor-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('readInputsFile', () => {
  it('flattens nested data and reads int64 from numbers and strings', async () => {
    const inputs = await readInputsFile(fixture('two-inputs.inputs.json'));
    expect(inputs.x).toEqual({ dtype: 'float32', shape: [1, 3], data: [0.5, 1.5, -2] });
    expect(inputs.offset).toEqual({ dtype: 'int64', shape: [1, 3], data: [1n, 2n, -3n] });
  });

  it('refuses a count that does not fit the shape, naming the tensor', async () => {
    const path = file('count.json', { inputs: { x: { dtype: 'float32', shape: [2, 2], data: [1, 2, 3] } } });
    await expect(readInputsFile(path)).rejects.toThrow(/inputs\.x: shape \[2, 2\] needs 4 values but data has 3/);
  });

  it('refuses unknown dtypes, out-of-range integers and missing fields', async () => {
    await expect(readInputsFile(file('dtype.json', { inputs: { x: { dtype: 'float8', shape: [1], data: [1] } } }))).rejects.toThrow(/unknown dtype/);
    await expect(readInputsFile(file('range.json', { inputs: { x: { dtype: 'uint8', shape: [1], data: [256] } } }))).rejects.toThrow(
      /not a valid uint8 value/,
    );
    await expect(readInputsFile(file('shape.json', { inputs: { x: { dtype: 'int32', data: [1] } } }))).rejects.toThrow(/"shape" is required/);
    await expect(readInputsFile(file('top.json', { x: { dtype: 'int32', shape: [1], data: [1] } }))).rejects.toThrow(/"inputs" must be an object/);
  });

  it('reports malformed JSON with the file and line', async () => {
    const path = file('bad.json', '{\n  "inputs": {\n    "x": 1,\n  }\n}\n');
    await expect(readInputsFile(path)).rejects.toMatchObject({ file: path, line: 4 });
    await expect(readInputsFile(file('worse.json', '{ "inputs": oops }'))).rejects.toThrow(/not valid JSON/);
  });
});

describe('readExpectedFile', () => {
  it('reads outputs, tolerances and the JSON spellings of NaN', async () => {
    const path = file('expected.json', { atol: 0.01, outputs: { y: { shape: [3], data: [1, 'NaN', '-Infinity'] } } });
    const expected = await readExpectedFile(path);
    expect(expected.atol).toBe(0.01);
    expect(expected.rtol).toBe(DEFAULT_RTOL);
    expect(expected.outputs.y!.data[0]).toBe(1);
    expect(Number.isNaN(expected.outputs.y!.data[1])).toBe(true);
    expect(expected.outputs.y!.data[2]).toBe(-Infinity);
  });

  it('defaults the tolerance and refuses a negative one', async () => {
    const expected = await readExpectedFile(fixture('mlp-classifier.expected.json'));
    expect(expected.outputs.probabilities!.shape).toEqual([2, 3]);
    expect((await readExpectedFile(file('d.json', { outputs: { y: { data: [1] } } }))).atol).toBe(DEFAULT_ATOL);
    await expect(readExpectedFile(file('neg.json', { rtol: -1, outputs: {} }))).rejects.toThrow(/"rtol" must be a non-negative number/);
  });
});
