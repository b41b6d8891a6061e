import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { isInputError } from 'carbon-ci';
import type { PowerRecord } from 'carbon-ci';
import { runPlugin, type RunPluginOptions, type textSource } from 'carbon-ci/testing';
import nvidiaSmi from './index.js';

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export const utc = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms = 0) => Date.UTC(y, mo - 1, d, h, mi, s, ms);

export async function run(file: string | ReturnType<typeof textSource>, settings: RunPluginOptions = {}) {
  const result = await runPlugin(nvidiaSmi, file, settings);
  return { ...result, records: result.records as PowerRecord[] };
}

export async function failure(file: string | ReturnType<typeof textSource>, settings: RunPluginOptions = {}): Promise<Error> {
  const error = await run(file, settings).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isInputError(error), String(error)).toBe(true);
  return error as Error;
}

export const ids = (records: PowerRecord[]) => [...new Set(records.map((r) => r.device.id))];
