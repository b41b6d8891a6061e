import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './action-harness.js';

it("states every input's default: declared, or in its description when .carbon-ci.yml may set the input", () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string; default?: string }> };
  const silent = Object.entries(action.inputs)
    .filter(([, input]) => input.default === undefined && !/\bdefault\b/i.test(input.description))
    .map(([name]) => name);
  expect(silent).toEqual([]);
});
