import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDeclaredIo } from '../onnx-model-file.js';
import { isInputError } from '../../shared/errors.js';
import { fixture } from './helpers.js';

async function inputError(path: string) {
  try {
    await readDeclaredIo(path);
  } catch (error) {
    if (isInputError(error)) return error;
    throw error;
  }
  throw new Error(`expected an InputError for ${path}`);
}

describe('readDeclaredIo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-model-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads names, element types and dynamic dimensions from the model file', async () => {
    const io = await readDeclaredIo(fixture('mlp-classifier.onnx'));
    expect(io.inputs).toEqual([{ name: 'features', dtype: 'float32', dims: ['batch', 4] }]);
    expect(io.outputs).toEqual([{ name: 'probabilities', dtype: 'float32', dims: ['batch', 3] }]);
    const many = await readDeclaredIo(fixture('many-dtypes.onnx'));
    expect(many.inputs.map((i) => i.dtype)).toEqual(['float16', 'int32', 'uint8', 'bool']);
  });

  it('keeps the declared output shape that onnxruntime drops in its lenient merge', async () => {
    const io = await readDeclaredIo(fixture('shape-mismatch.onnx'));
    expect(io.outputs).toEqual([{ name: 'y', dtype: 'float32', dims: [2, 3] }]);
  });

  it('names the file and says it is truncated', async () => {
    const error = await inputError(fixture('truncated.onnx'));
    expect(error.file).toBe(fixture('truncated.onnx'));
    expect(error.message).toMatch(/truncated/);
  });

  it('names the file and says a text file is not an ONNX model', async () => {
    const error = await inputError(fixture('not-a-model.onnx'));
    expect(error.file).toBe(fixture('not-a-model.onnx'));
    expect(error.message).toMatch(/not an ONNX model/);
  });

  it('says a missing file, a directory and an empty file are not models', async () => {
    expect((await inputError(join(dir, 'missing.onnx'))).message).toMatch(/not found/);
    expect((await inputError(dir)).message).toMatch(/not a file/);
    writeFileSync(join(dir, 'empty.onnx'), '');
    expect((await inputError(join(dir, 'empty.onnx'))).message).toMatch(/empty/);
  });

  it('recognises a Git LFS pointer and says how to fetch the model', async () => {
    const pointer = join(dir, 'lfs.onnx');
    writeFileSync(pointer, 'version https://git-lfs.github.com/spec/v1\noid sha256:0123\nsize 1234\n');
    const error = await inputError(pointer);
    expect(error.message).toMatch(/Git LFS pointer/);
    expect(error.hint).toMatch(/lfs: true/);
  });
});
