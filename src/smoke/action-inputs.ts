import type { Factors } from '../footprint/types.js';
import type { SmokeResult } from '../report/types.js';
import { InputError } from '../telemetry/errors.js';
import { runSmokeTest } from './run-smoke-test.js';
import type { SmokeDevice } from './types.js';

export interface SmokeActionOutcome {
  /** Undefined when the `model` input is empty: no smoke test was asked for. */
  result?: SmokeResult;
  /** Whether a failed smoke test should fail the check (input `fail-on-smoke`, default true). */
  failOnSmoke: boolean;
}

/**
 * The Action's smoke step. `getInput` reads an action input by name and returns '' when it is unset
 * (as @actions/core's getInput does). Inputs: model, model-inputs, model-expected, device,
 * smoke-iterations, fail-on-smoke. In the Action, onnxruntime-node is installed into the runner's
 * tool cache at first use when it is not found beside dist/.
 */
export async function smokeFromActionInputs(
  getInput: (name: string) => string,
  factors: Factors,
  log?: (message: string) => void,
): Promise<SmokeActionOutcome> {
  const failOnSmoke = parseBoolean(getInput('fail-on-smoke'), true, 'fail-on-smoke');
  const model = getInput('model').trim();
  if (model === '') return { failOnSmoke };
  const device = (getInput('device').trim() || 'auto') as SmokeDevice;
  if (!['auto', 'cuda', 'cpu'].includes(device)) {
    throw new InputError(`input "device" is "${device}"`, { hint: 'use auto, cuda or cpu' });
  }
  const iterationsText = getInput('smoke-iterations').trim();
  const iterations = iterationsText === '' ? undefined : Number(iterationsText);
  if (iterations !== undefined && !(Number.isInteger(iterations) && iterations >= 1)) {
    throw new InputError(`input "smoke-iterations" is "${iterationsText}"`, { hint: 'give a whole number of at least 1, e.g. 20' });
  }
  const inputsPath = getInput('model-inputs').trim();
  const expectedPath = getInput('model-expected').trim();
  const result = await runSmokeTest({
    modelPath: model,
    device,
    factors,
    ...(iterations !== undefined ? { iterations } : {}),
    ...(inputsPath ? { inputsPath } : {}),
    ...(expectedPath ? { expectedPath } : {}),
    runtimeLoad: { install: true },
    ...(log ? { log } : {}),
  });
  return { result, failOnSmoke };
}

function parseBoolean(text: string, fallback: boolean, name: string): boolean {
  const value = text.trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(`input "${name}" is "${text}"`, { hint: 'use true or false' });
}
