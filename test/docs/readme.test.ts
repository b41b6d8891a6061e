// The README's promises that can drift: its two opening commands, the test command CI runs, and the
// Action's inputs and outputs as action.yml declares them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

function tableRows(heading: string): string[] {
  const section = readme.split(`### ${heading}\n`)[1]!.split('\n#')[0]!;
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
}

describe('README', () => {
  it('opens with the demo and the test command, and CI runs that test command', () => {
    const opening = readme.split('```sh\n')[1]!.split('```')[0]!;
    expect(opening).toMatch(/^npm ci && npm run demo\b/m);
    expect(opening).toMatch(/^npm test\b/m);
    expect(scripts.demo).toMatch(/report examples\//);
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8').trimEnd().split('\n').at(-1)).toContain('npm test');
  });

  it('lists every input and output of action.yml, and nothing else', () => {
    expect(tableRows('Inputs')).toEqual(Object.keys(action.inputs));
    expect(tableRows('Outputs')).toEqual(Object.keys(action.outputs));
  });
});
