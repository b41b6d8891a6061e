import type { Factors } from '../footprint/types.js';
import type { SmokeResult } from '../report/types.js';
import { InputError } from '../shared/errors.js';
import { runSmokeTest } from './run-smoke-test.js';
import type { SmokeDevice } from './types.js';

export interface SmokeActionOutcome {
  /** Undefined when the `model` input is empty: no smoke test was asked for. */
  result?: SmokeResult;
  /** Whether a failed smoke test should fail the check (input `fail-on-smoke`, default true). */
  failOnSmoke: boolean;
}

/** The smoke settings as the Action reads them (the shape of ActionInputs['smoke'] in src/action/inputs.ts). */
export interface ActionSmokeInputs {
  model?: string;
  modelInputs?: string;
  modelExpected?: string;
  device: SmokeDevice;
  iterations?: number;
}

/**
 * The Action's smoke step: undefined when no model is named. Paths are relative to the working
 * directory (the workspace). onnxruntime-node is installed into the runner's tool cache at first use
 * when it is not found (see docs/smoke-test.md).
 */
export async function smokeForAction(inputs: ActionSmokeInputs, factors: Factors, log?: (message: string) => void): Promise<SmokeResult | undefined> {
  if (!inputs.model) return undefined;
  return runSmokeTest({
    modelPath: inputs.model,
    device: inputs.device,
    factors,
    ...(inputs.iterations !== undefined ? { iterations: inputs.iterations } : {}),
    ...(inputs.modelInputs ? { inputsPath: inputs.modelInputs } : {}),
    ...(inputs.modelExpected ? { expectedPath: inputs.modelExpected } : {}),
    runtimeLoad: { install: true, useToolCache: true },
    ...(log ? { log } : {}),
  });
}

/**
 * The same from raw action inputs. `getInput` reads an input by name and returns '' when it is unset
 * (as @actions/core's getInput does). Inputs: model, model-inputs, model-expected, device,
 * smoke-iterations, fail-on-smoke (default true: a failed smoke test fails the check).
 */
export async function smokeFromActionInputs(
  getInput: (name: string) => string,
  factors: Factors,
  log?: (message: string) => void,
): Promise<SmokeActionOutcome> {
  const failOnSmoke = parseBoolean(getInput('fail-on-smoke'), true, 'fail-on-smoke');
  const device = (getInput('device').trim() || 'auto') as SmokeDevice;
  if (!['auto', 'cuda', 'cpu'].includes(device)) {
    throw new InputError(`input "device" is "${device}"`, { hint: 'use auto, cuda or cpu' });
  }
  const iterationsText = getInput('smoke-iterations').trim();
  const iterations = iterationsText === '' ? undefined : Number(iterationsText);
  if (iterations !== undefined && !(Number.isInteger(iterations) && iterations >= 1)) {
    throw new InputError(`input "smoke-iterations" is "${iterationsText}"`, { hint: 'give a whole number of at least 1, e.g. 20' });
  }
  const result = await smokeForAction(
    {
      model: getInput('model').trim(),
      modelInputs: getInput('model-inputs').trim(),
      modelExpected: getInput('model-expected').trim(),
      device,
      ...(iterations !== undefined ? { iterations } : {}),
    },
    factors,
    log,
  );
  return result ? { result, failOnSmoke } : { failOnSmoke };
}

function parseBoolean(text: string, fallback: boolean, name: string): boolean {
  const value = text.trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(`input "${name}" is "${text}"`, { hint: 'use true or false' });
}
