import { open, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { InputError } from '../shared/errors.js';
import { ProtobufFile, ProtobufFormatError } from './protobuf-file.js';
import type { DeclaredDim, DeclaredIo, DeclaredValue, TensorDtype } from './types.js';

// Field numbers from onnx/onnx.proto (ModelProto, GraphProto, ValueInfoProto, TypeProto, TensorShapeProto).
const MODEL_GRAPH = 7;
const GRAPH_INPUT = 11;
const GRAPH_OUTPUT = 12;
const VALUE_NAME = 1;
const VALUE_TYPE = 2;
const TYPE_TENSOR = 1;
const TENSOR_ELEM_TYPE = 1;
const TENSOR_SHAPE = 2;
const SHAPE_DIM = 1;
const DIM_VALUE = 1;
const DIM_PARAM = 2;

/** TensorProto.DataType codes that onnxruntime-node can hold. */
const ELEM_TYPES: Record<number, TensorDtype> = {
  1: 'float32',
  2: 'uint8',
  3: 'int8',
  4: 'uint16',
  5: 'int16',
  6: 'int32',
  7: 'int64',
  8: 'string',
  9: 'bool',
  10: 'float16',
  11: 'float64',
  12: 'uint32',
  13: 'uint64',
};

/**
 * The graph's inputs and outputs as the model file declares them. onnxruntime's own metadata is not
 * enough: where an output's declared shape contradicts what the graph computes, it silently drops
 * the declared dimensions ("lenient merge"), and the smoke test exists to catch exactly that.
 * Throws InputError when the file is missing or is not an ONNX model.
 */
export async function readDeclaredIo(modelPath: string): Promise<DeclaredIo> {
  const sizeBytes = await modelFileSize(modelPath);
  const handle = await open(modelPath, 'r');
  try {
    await refuseLfsPointer(handle, modelPath);
    const file = new ProtobufFile(handle, sizeBytes);
    let graph: { start: number; end: number } | undefined;
    for await (const f of file.fields(0, sizeBytes)) {
      if (f.field === MODEL_GRAPH && f.start !== undefined) graph = { start: f.start, end: f.end! };
    }
    if (!graph) {
      throw new InputError('not an ONNX model: the file has no graph', {
        file: modelPath,
        hint: 'pass the .onnx file that the exporter wrote',
      });
    }
    const io: DeclaredIo = { inputs: [], outputs: [] };
    for await (const f of file.fields(graph.start, graph.end)) {
      if ((f.field === GRAPH_INPUT || f.field === GRAPH_OUTPUT) && f.start !== undefined) {
        const value = await readValueInfo(file, f.start, f.end!);
        (f.field === GRAPH_INPUT ? io.inputs : io.outputs).push(value);
      }
    }
    return io;
  } catch (error) {
    if (error instanceof ProtobufFormatError) {
      const why = error.truncated
        ? `the file is truncated (it ends inside the model at byte ${error.offset} of ${sizeBytes})`
        : `not an ONNX model: the bytes are not protobuf (${error.message} at byte ${error.offset})`;
      throw new InputError(why, {
        file: modelPath,
        hint: error.truncated ? 'copy or download the model again; check Git LFS pulled it' : 'pass the .onnx file that the exporter wrote',
      });
    }
    throw error;
  } finally {
    await handle.close();
  }
}

const LFS_POINTER_HEAD = 'version https://git-lfs.github.com/spec/';

async function refuseLfsPointer(handle: FileHandle, modelPath: string): Promise<void> {
  const head = Buffer.alloc(LFS_POINTER_HEAD.length);
  await handle.read(head, 0, head.length, 0);
  if (head.toString('latin1') === LFS_POINTER_HEAD) {
    throw new InputError('the file is a Git LFS pointer, not the model', {
      file: modelPath,
      hint: 'fetch the LFS objects first (actions/checkout with `lfs: true`, or `git lfs pull`)',
    });
  }
}

async function modelFileSize(modelPath: string): Promise<number> {
  let info;
  try {
    info = await stat(modelPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'model file not found' : `cannot read the model file (${code})`, {
      file: modelPath,
      hint: 'check the path given to --model / the `model` input',
    });
  }
  if (!info.isFile()) throw new InputError('the model path is not a file', { file: modelPath, hint: 'pass the .onnx file itself' });
  if (info.size === 0) throw new InputError('the model file is empty', { file: modelPath, hint: 'check Git LFS pulled the model' });
  return info.size;
}

async function readValueInfo(file: ProtobufFile, start: number, end: number): Promise<DeclaredValue> {
  const value: DeclaredValue = { name: '', dtype: null, dims: null };
  for await (const f of file.fields(start, end)) {
    if (f.field === VALUE_NAME && f.start !== undefined) value.name = await file.text(f.start, f.end!);
    if (f.field === VALUE_TYPE && f.start !== undefined) {
      for await (const t of file.fields(f.start, f.end!)) {
        if (t.field === TYPE_TENSOR && t.start !== undefined) Object.assign(value, await readTensorType(file, t.start, t.end!));
      }
    }
  }
  return value;
}

async function readTensorType(file: ProtobufFile, start: number, end: number): Promise<Omit<DeclaredValue, 'name'>> {
  let dtype: TensorDtype | null = null;
  let dims: DeclaredDim[] | null = null;
  for await (const f of file.fields(start, end)) {
    if (f.field === TENSOR_ELEM_TYPE && f.varint !== undefined) dtype = ELEM_TYPES[Number(f.varint)] ?? null;
    if (f.field === TENSOR_SHAPE && f.start !== undefined) {
      dims = [];
      for await (const d of file.fields(f.start, f.end!)) {
        if (d.field === SHAPE_DIM && d.start !== undefined) dims.push(await readDim(file, d.start, d.end!));
      }
    }
  }
  return { dtype, dims };
}

async function readDim(file: ProtobufFile, start: number, end: number): Promise<DeclaredDim> {
  let dim: DeclaredDim = null;
  for await (const f of file.fields(start, end)) {
    if (f.field === DIM_VALUE && f.varint !== undefined) dim = Number(BigInt.asIntN(64, f.varint));
    if (f.field === DIM_PARAM && f.start !== undefined) {
      const name = await file.text(f.start, f.end!);
      dim = name === '' ? null : name;
    }
  }
  return dim;
}
