import { readFile } from 'node:fs/promises';
import { InputError } from '../shared/errors.js';
import type { ExpectedOutputs, HostTensor, TensorDtype } from './types.js';

type Element = number | bigint | boolean | string;

const DTYPES: readonly TensorDtype[] = [
  'float32',
  'float16',
  'float64',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'bool',
  'string',
];

const INT_RANGES: Partial<Record<TensorDtype, [bigint, bigint]>> = {
  int8: [-128n, 127n],
  int16: [-32768n, 32767n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint8: [0n, 255n],
  uint16: [0n, 65535n],
  uint32: [0n, 2n ** 32n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
};

export const DEFAULT_ATOL = 1e-4;
export const DEFAULT_RTOL = 1e-3;

const INPUTS_HINT = 'expected { "inputs": { "<name>": { "dtype": "float32", "shape": [1, 4], "data": [...] } } }';
const EXPECTED_HINT = 'expected { "atol": 1e-4, "rtol": 1e-3, "outputs": { "<name>": { "shape": [1, 3], "data": [...] } } }';

/** Reads a JSON file of named input tensors. */
export async function readInputsFile(file: string): Promise<Record<string, HostTensor>> {
  const json = await readJson(file);
  const inputs = objectField(json, 'inputs', file, INPUTS_HINT);
  const tensors: Record<string, HostTensor> = {};
  for (const [name, raw] of Object.entries(inputs)) {
    const where = `inputs.${name}`;
    const spec = asObject(raw, file, where, INPUTS_HINT);
    const dtype = parseDtype(spec.dtype, file, `${where}.dtype`);
    if (dtype === undefined) throw new InputError(`${where}: "dtype" is required`, { file, hint: INPUTS_HINT });
    const shape = parseShape(spec.shape, file, `${where}.shape`);
    if (shape === undefined) throw new InputError(`${where}: "shape" is required`, { file, hint: INPUTS_HINT });
    const data = parseData(spec.data, dtype, file, `${where}.data`);
    checkCount(data.length, shape, file, where);
    tensors[name] = { dtype, shape, data };
  }
  return tensors;
}

/** Reads a JSON file of expected outputs and their tolerance. */
export async function readExpectedFile(file: string): Promise<ExpectedOutputs> {
  const json = await readJson(file);
  const outputs = objectField(json, 'outputs', file, EXPECTED_HINT);
  const atol = parseTolerance((json as Record<string, unknown>).atol, DEFAULT_ATOL, file, 'atol');
  const rtol = parseTolerance((json as Record<string, unknown>).rtol, DEFAULT_RTOL, file, 'rtol');
  const expected: ExpectedOutputs = { atol, rtol, outputs: {}, file };
  for (const [name, raw] of Object.entries(outputs)) {
    const where = `outputs.${name}`;
    const spec = asObject(raw, file, where, EXPECTED_HINT);
    const dtype = parseDtype(spec.dtype, file, `${where}.dtype`);
    const shape = parseShape(spec.shape, file, `${where}.shape`);
    // Without a dtype, numbers and booleans are taken as they are.
    const data = parseData(spec.data, dtype ?? null, file, `${where}.data`);
    if (shape) checkCount(data.length, shape, file, where);
    expected.outputs[name] = { data, ...(dtype ? { dtype } : {}), ...(shape ? { shape } : {}) };
  }
  return expected;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'file not found' : `cannot read the file (${code})`, { file });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const lineColumn = /\(line (\d+) column \d+\)/.exec(message);
    const position = /position (\d+)/.exec(message);
    const line = lineColumn ? Number(lineColumn[1]) : position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new InputError(`not valid JSON: ${message}`, { file, ...(line !== undefined ? { line } : {}) });
  }
}

function objectField(json: unknown, key: string, file: string, hint: string): Record<string, unknown> {
  const top = asObject(json, file, 'the top level', hint);
  return asObject(top[key], file, `"${key}"`, hint);
}

function asObject(value: unknown, file: string, where: string, hint: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${where} must be an object`, { file, hint });
  }
  return value as Record<string, unknown>;
}

function parseDtype(value: unknown, file: string, where: string): TensorDtype | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (DTYPES as readonly string[]).includes(value)) return value as TensorDtype;
  throw new InputError(`${where}: unknown dtype ${JSON.stringify(value)}`, { file, hint: `use one of ${DTYPES.join(', ')}` });
}

function parseShape(value: unknown, file: string, where: string): number[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) return value as number[];
  throw new InputError(`${where} must be an array of non-negative integers`, { file });
}

function parseTolerance(value: unknown, fallback: number, file: string, key: string): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw new InputError(`"${key}" must be a non-negative number`, { file });
}

function checkCount(count: number, shape: number[], file: string, where: string): void {
  const expected = shape.reduce((a, b) => a * b, 1);
  if (count !== expected) {
    throw new InputError(`${where}: shape [${shape.join(', ')}] needs ${expected} values but data has ${count}`, { file });
  }
}

function parseData(value: unknown, dtype: TensorDtype | null, file: string, where: string): Element[] {
  if (value === undefined) throw new InputError(`${where} is required`, { file });
  const flat = Array.isArray(value) ? (value as unknown[]).flat(Infinity) : [value];
  return flat.map((element, index) => parseElement(element, dtype, file, `${where}[${index}]`));
}

function parseElement(value: unknown, dtype: TensorDtype | null, file: string, where: string): Element {
  if (dtype === null) {
    if (typeof value === 'boolean') return value;
    return parseElement(value, 'float64', file, where);
  } else if (dtype === 'string') {
    if (typeof value === 'string') return value;
  } else if (dtype === 'bool') {
    if (typeof value === 'boolean') return value;
    if (value === 0 || value === 1) return value === 1;
  } else if (dtype === 'float32' || dtype === 'float16' || dtype === 'float64') {
    if (typeof value === 'number') return value;
    // JSON has no NaN or infinities; these spellings stand for them.
    if (value === 'NaN') return NaN;
    if (value === 'Infinity' || value === 'inf') return Infinity;
    if (value === '-Infinity' || value === '-inf') return -Infinity;
  } else {
    return parseInteger(value, dtype, file, where);
  }
  throw new InputError(`${where}: ${JSON.stringify(value)} is not a valid ${dtype} value`, { file });
}

function parseInteger(value: unknown, dtype: TensorDtype, file: string, where: string): number | bigint {
  let big: bigint | undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value)) big = BigInt(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) big = BigInt(value);
  const range = INT_RANGES[dtype]!;
  if (big === undefined || big < range[0] || big > range[1]) {
    const hint = dtype.endsWith('64') ? 'write integers beyond 2^53 as strings, e.g. "9007199254740993"' : undefined;
    throw new InputError(`${where}: ${JSON.stringify(value)} is not a valid ${dtype} value`, { file, ...(hint ? { hint } : {}) });
  }
  return dtype === 'int64' || dtype === 'uint64' ? big : Number(big);
}
