import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, expect, it, vi } from 'vitest';
import { ToolSampler } from './tool-sampler.js';

afterEach(() => vi.restoreAllMocks());

it('signals no process group at the stop for a tool that ended long before: its id may name another group by then', async () => {
  const logDir = mkdtempSync(`${tmpdir()}/carbon-ci-tool-sampler-`);
  const sampler = new ToolSampler({ name: 'fake-smi', logBase: 'fake-smi', executable: process.execPath, args: ['-e', 'process.exit(3)'] }, { logDir, intervalMs: 1000, env: process.env });
  // The tool dies, is restarted once, and dies again.
  const until = Date.now() + 10_000;
  while (sampler.warnings.length < 2 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(sampler.warnings).toHaveLength(2);
  const pids = sampler.pids();
  expect(pids).toHaveLength(2);
  // A pid of a reaped process, and the group id it led, are free for the system to give out again.
  const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
  await sampler.stop();
  expect(kill.mock.calls.filter(([pid]) => pids.some((p) => pid === -p || pid === p))).toEqual([]);
});
