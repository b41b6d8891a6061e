import { describe, expect, it } from 'vitest';
import { smokeForAction, smokeFromActionInputs } from '../action-inputs.js';
import { fixture, TEST_FACTORS } from './helpers.js';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('smokeFromActionInputs', () => {
  it('does nothing without a model, and fails the check on a failed smoke test by default', async () => {
    expect(await smokeFromActionInputs(reader({}), TEST_FACTORS)).toEqual({ failOnSmoke: true });
    expect(await smokeFromActionInputs(reader({ 'fail-on-smoke': 'false' }), TEST_FACTORS)).toEqual({ failOnSmoke: false });
  });

  it('runs the model with the named device and iterations', async () => {
    const outcome = await smokeFromActionInputs(
      reader({ model: fixture('nan-output.onnx'), device: 'cpu', 'smoke-iterations': '4' }),
      TEST_FACTORS,
    );
    expect(outcome.failOnSmoke).toBe(true);
    expect(outcome.result).toMatchObject({ passed: false, requestedDevice: 'cpu', executionProvider: 'cpu', iterations: 4 });
  });

  it('refuses bad values, naming the input', async () => {
    await expect(smokeFromActionInputs(reader({ model: 'm.onnx', device: 'gpu' }), TEST_FACTORS)).rejects.toThrow(/input "device" is "gpu"/);
    await expect(smokeFromActionInputs(reader({ model: 'm.onnx', 'smoke-iterations': '2.5' }), TEST_FACTORS)).rejects.toThrow(
      /input "smoke-iterations" is "2.5"/,
    );
    await expect(smokeFromActionInputs(reader({ 'fail-on-smoke': 'yes' }), TEST_FACTORS)).rejects.toThrow(/input "fail-on-smoke" is "yes"/);
  });
});

describe('smokeForAction', () => {
  it('takes the Action\'s parsed smoke inputs', async () => {
    expect(await smokeForAction({ device: 'auto' }, TEST_FACTORS)).toBeUndefined();
    const result = await smokeForAction(
      {
        model: fixture('mlp-classifier.onnx'),
        modelInputs: fixture('mlp-classifier.inputs.json'),
        modelExpected: fixture('mlp-classifier.expected.json'),
        device: 'cpu',
        iterations: 2,
      },
      TEST_FACTORS,
    );
    expect(result?.passed).toBe(true);
    expect(result?.checks.map((c) => c.name)).toContain('expected-outputs');
  });
});
