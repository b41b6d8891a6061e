import { isAbsolute, resolve } from 'node:path';
import type { Factors } from '../footprint/types.js';
import type { Report, SmokeResult } from '../report/types.js';
import { smokeForAction, type ActionSmokeInputs } from '../smoke/index.js';
import { InputError, isInputError } from '../shared/errors.js';
import type { ModeContext } from './mode-context.js';

/** The smoke stage as the Action calls it (tests may stand in for it). */
export type SmokeRunner = (inputs: ActionSmokeInputs, factors: Factors, log?: (message: string) => void) => Promise<SmokeResult | undefined>;

/** The name of the check a smoke test that could not start fails. */
export const SMOKE_SETUP_CHECK = 'setup';

/**
 * Mode `report`'s smoke step: when `model` is set, run the smoke test with the report's factors and
 * put its result in `report.smoke`. A smoke test that cannot start (an unreadable model or inputs
 * file, onnxruntime that cannot be found or installed) is still a result, a failed `setup` check,
 * so that the report is published; a configuration error among those is returned for the caller
 * to fail the job with once everything is written.
 */
export async function runSmokeStep(m: Pick<ModeContext, 'inputs' | 'context' | 'log'>, report: Report, run: SmokeRunner = smokeForAction): Promise<InputError | undefined> {
  const { inputs, context, log } = m;
  const { model, modelInputs, modelExpected, device, iterations } = inputs.smoke;
  if (!model) return undefined;
  const inWorkspace = (path: string) => (isAbsolute(path) ? path : resolve(context.workspace, path));
  const smokeInputs: ActionSmokeInputs = {
    model: inWorkspace(model),
    device,
    ...(modelInputs ? { modelInputs: inWorkspace(modelInputs) } : {}),
    ...(modelExpected ? { modelExpected: inWorkspace(modelExpected) } : {}),
    ...(iterations !== undefined ? { iterations } : {}),
  };
  log.info(`smoke test: ${model} (device ${device})`);
  try {
    const result = await run(smokeInputs, { pue: report.factors.pue, intensity: report.factors.intensity }, (message) => log.info(`smoke test: ${message}`));
    if (!result) return undefined;
    // As the workflow names it, not the runner's absolute path; the report's factors already say what priced it.
    result.model = model;
    delete result.factors;
    report.smoke = result;
    if (!result.passed) log.warn(`smoke test of ${model} failed: ${result.checks.filter((c) => !c.passed).map((c) => `${c.name}: ${c.message.split('\n')[0]}`).join('; ')}`);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const hint = isInputError(error) && error.hint ? ` (${error.hint})` : '';
    report.smoke = notStarted(model, device, `the smoke test could not start: ${reason}${hint}`);
    if (isInputError(error)) {
      return new InputError(`the smoke test of ${model} could not start: ${reason}`, {
        hint: error.hint ?? 'check the inputs `model`, `model-inputs` and `model-expected` (paths relative to the workspace)',
      });
    }
    log.warn(`the smoke test of ${model} could not start: ${reason}`);
    if (error instanceof Error && error.stack) log.debug(error.stack);
    return undefined;
  }
}

/** A failed result for a smoke test that never ran: no provider, no timings, no energy. */
export function notStarted(model: string, device: SmokeResult['requestedDevice'], message: string): SmokeResult {
  return {
    passed: false,
    model,
    executionProvider: 'none',
    requestedDevice: device,
    checks: [{ name: SMOKE_SETUP_CHECK, passed: false, message }],
    loadMs: 0,
    latencyMs: { mean: 0, p50: 0, p95: 0 },
    throughputPerS: 0,
    iterations: 0,
    batchSize: 1,
    energyPerInferenceJ: 0,
    energyMethod: 'estimate',
    co2ePer1kInferencesG: 0,
  };
}
