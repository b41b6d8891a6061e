// Generates the small ONNX models (and their input/expected-output JSON) that the smoke-test
// tests use, with the onnx-proto package: no Python needed. Deterministic: running it again
// writes byte-identical files (a test checks that).
//
//   node scripts/make-onnx-fixtures.mjs [outDir]    (default: test/fixtures/onnx)
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;
const INT32 = onnx.TensorProto.DataType.INT32;
const UINT8 = onnx.TensorProto.DataType.UINT8;
const BOOL = onnx.TensorProto.DataType.BOOL;
const FLOAT16 = onnx.TensorProto.DataType.FLOAT16;
const ATTR_INT = onnx.AttributeProto.AttributeType.INT;

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.argv[2] ?? join(root, 'test/fixtures/onnx');

/** A value-info entry: dims are numbers (fixed) or strings (symbolic, i.e. dynamic). */
function valueInfo(name, elemType, dims) {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  };
}

function floatTensor(name, dims, values) {
  return { name, dims, dataType: FLOAT, floatData: values };
}

function int64Tensor(name, dims, values) {
  return { name, dims, dataType: INT64, int64Data: values };
}

function node(opType, input, output, attribute = []) {
  return { opType, input, output, name: `${opType}_${output[0]}`, attribute };
}

function intAttr(name, value) {
  return { name, type: ATTR_INT, i: value };
}

function encodeModel(graph) {
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'carbon-ci fixtures',
    producerVersion: '1',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}

// Weights are small exact decimals so that every platform rounds them to the same float32.
function fixedWeights(count, salt) {
  return Array.from({ length: count }, (_, i) => (((i * 7 + salt) % 11) - 5) / 10);
}

const MLP = { inputs: 4, hidden: 8, classes: 3 };
const mlpW1 = fixedWeights(MLP.inputs * MLP.hidden, 3);
const mlpB1 = fixedWeights(MLP.hidden, 5).map((v) => v / 2);
const mlpW2 = fixedWeights(MLP.hidden * MLP.classes, 1);
const mlpB2 = fixedWeights(MLP.classes, 9).map((v) => v / 2);

function mlpClassifier() {
  return encodeModel({
    name: 'mlp-classifier',
    node: [
      node('MatMul', ['features', 'W1'], ['h1']),
      node('Add', ['h1', 'B1'], ['h1b']),
      node('Relu', ['h1b'], ['h1r']),
      node('MatMul', ['h1r', 'W2'], ['logits0']),
      node('Add', ['logits0', 'B2'], ['logits']),
      node('Softmax', ['logits'], ['probabilities'], [intAttr('axis', -1)]),
    ],
    initializer: [
      floatTensor('W1', [MLP.inputs, MLP.hidden], mlpW1),
      floatTensor('B1', [MLP.hidden], mlpB1),
      floatTensor('W2', [MLP.hidden, MLP.classes], mlpW2),
      floatTensor('B2', [MLP.classes], mlpB2),
    ],
    input: [valueInfo('features', FLOAT, ['batch', MLP.inputs])],
    output: [valueInfo('probabilities', FLOAT, ['batch', MLP.classes])],
  });
}

/** The MLP computed in float64 by hand: the reference the expected-output fixture holds. */
function mlpReference(rows) {
  return rows.map((x) => {
    const hidden = Array.from({ length: MLP.hidden }, (_, j) => {
      let sum = mlpB1[j];
      for (let i = 0; i < MLP.inputs; i++) sum += x[i] * mlpW1[i * MLP.hidden + j];
      return Math.max(0, sum);
    });
    const logits = Array.from({ length: MLP.classes }, (_, k) => {
      let sum = mlpB2[k];
      for (let j = 0; j < MLP.hidden; j++) sum += hidden[j] * mlpW2[j * MLP.classes + k];
      return sum;
    });
    const max = Math.max(...logits);
    const exps = logits.map((l) => Math.exp(l - max));
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  });
}

function twoInputs() {
  return encodeModel({
    name: 'two-inputs',
    node: [node('Cast', ['offset'], ['offset_f'], [intAttr('to', FLOAT)]), node('Add', ['x', 'offset_f'], ['y'])],
    input: [valueInfo('x', FLOAT, ['batch', 3]), valueInfo('offset', INT64, ['batch', 3])],
    output: [valueInfo('y', FLOAT, ['batch', 3])],
  });
}

/** y = log(-(|x| + 1)): the logarithm of a negative number, NaN for every input. */
function nanOutput() {
  return encodeModel({
    name: 'nan-output',
    node: [
      node('Abs', ['x'], ['ax']),
      node('Add', ['ax', 'one'], ['ax1']),
      node('Neg', ['ax1'], ['neg']),
      node('Log', ['neg'], ['y']),
    ],
    initializer: [floatTensor('one', [], [1])],
    input: [valueInfo('x', FLOAT, [1, 4])],
    output: [valueInfo('y', FLOAT, [1, 4])],
  });
}

/** Declares y as [2, 3] but reshapes x to [3, 2]. */
function shapeMismatch() {
  return encodeModel({
    name: 'shape-mismatch',
    node: [node('Reshape', ['x', 'target'], ['y'])],
    initializer: [int64Tensor('target', [2], [3, 2])],
    input: [valueInfo('x', FLOAT, [2, 3])],
    output: [valueInfo('y', FLOAT, [2, 3])],
  });
}

/** One input of each less common dtype, to exercise input synthesis and float16 outputs. */
function manyDtypes() {
  const toFloat = (name) => node('Cast', [name], [`${name}_f`], [intAttr('to', FLOAT)]);
  return encodeModel({
    name: 'many-dtypes',
    node: [
      toFloat('half'),
      toFloat('count'),
      toFloat('pixel'),
      toFloat('flag'),
      node('Sum', ['half_f', 'count_f', 'pixel_f', 'flag_f'], ['total']),
      node('Identity', ['half'], ['half_copy']),
    ],
    input: [
      valueInfo('half', FLOAT16, [2, 'width']),
      valueInfo('count', INT32, [2, 'width']),
      valueInfo('pixel', UINT8, [2, 'width']),
      valueInfo('flag', BOOL, [2, 'width']),
    ],
    output: [valueInfo('total', FLOAT, [2, 'width']), valueInfo('half_copy', FLOAT16, [2, 'width'])],
  });
}

const mlpInputRows = [
  [0.5, -1.25, 2, 0.75],
  [-0.5, 0.25, -1, 1.5],
];
const mlpExpectedRows = mlpReference(mlpInputRows);
const round = (v) => Number(v.toPrecision(9));

const mlpInputs = {
  inputs: { features: { dtype: 'float32', shape: [2, MLP.inputs], data: mlpInputRows } },
};
const mlpExpected = {
  atol: 1e-5,
  rtol: 1e-4,
  outputs: { probabilities: { dtype: 'float32', shape: [2, MLP.classes], data: mlpExpectedRows.map((r) => r.map(round)) } },
};
const mlpExpectedWrong = {
  atol: 1e-5,
  rtol: 1e-4,
  outputs: { probabilities: { dtype: 'float32', shape: [2, MLP.classes], data: mlpExpectedRows.map((r) => [...r].reverse().map(round)) } },
};
const twoInputsInputs = {
  inputs: {
    x: { dtype: 'float32', shape: [1, 3], data: [[0.5, 1.5, -2]] },
    offset: { dtype: 'int64', shape: [1, 3], data: [[1, '2', -3]] },
  },
};

const mlp = mlpClassifier();
const files = {
  'mlp-classifier.onnx': mlp,
  'two-inputs.onnx': twoInputs(),
  'nan-output.onnx': nanOutput(),
  'shape-mismatch.onnx': shapeMismatch(),
  'many-dtypes.onnx': manyDtypes(),
  'truncated.onnx': mlp.subarray(0, Math.floor(mlp.length / 2)),
  'not-a-model.onnx': 'This is a text file, not an ONNX model.\n',
  'mlp-classifier.inputs.json': `${JSON.stringify(mlpInputs, null, 2)}\n`,
  'mlp-classifier.expected.json': `${JSON.stringify(mlpExpected, null, 2)}\n`,
  'mlp-classifier.expected-wrong.json': `${JSON.stringify(mlpExpectedWrong, null, 2)}\n`,
  'two-inputs.inputs.json': `${JSON.stringify(twoInputsInputs, null, 2)}\n`,
};

await mkdir(outDir, { recursive: true });
for (const [name, content] of Object.entries(files)) {
  await writeFile(join(outDir, name), content);
}
console.log(`wrote ${Object.keys(files).length} files to ${outDir}`);
