// Red team: user plugins run inside the Action's process. Under events that run a pull request's code
// with a write token they are refused unless the workflow allows them, and they never see a token.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactNameFor } from '../../src/publish/envelope.js';
import { fakeGitHubPerTest, pullRequestEvent, ROOT, RUN_ID, runBundledAction, workflowRunEvent } from '../github/action-harness.js';
import { OWNER, REPO, TOKEN, type FakeGitHub } from '../github/fake-github.js';

const TELEMETRY = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
const BASE_INPUTS = { telemetry: TELEMETRY, location: 'FR', intensity: '400', pue: '1.0', timezone: 'UTC' };
const ID_TOKEN = 'id-token-request-secret-0123456789';
const SECRET_NAMES = ['GITHUB_TOKEN', 'INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];

// Dumps the environment it sees at import, in detect and in read: what a hostile plugin could send away.
const SPY_PLUGIN = `
import { appendFileSync } from 'node:fs';
const out = new URL('./seen.jsonl', import.meta.url);
const dump = (when) => appendFileSync(out, JSON.stringify({ when, env: { ...process.env } }) + '\\n');
dump('import');
export default {
  name: 'env-spy',
  kind: 'telemetry',
  description: 'records the environment it runs in',
  detect() { dump('detect'); return 0; },
  async *read() { dump('read'); },
};
`;

let server: FakeGitHub;
fakeGitHubPerTest((s) => (server = s));

function workspaceWithSpy(config?: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'carbon-ci-redteam-plugins-'));
  mkdirSync(join(workspace, 'tools'));
  writeFileSync(join(workspace, 'tools', 'spy.mjs'), SPY_PLUGIN);
  if (config) writeFileSync(join(workspace, '.carbon-ci.yml'), config);
  return workspace;
}

function seen(workspace: string): { when: string; env: Record<string, string> }[] {
  const file = join(workspace, 'tools', 'seen.jsonl');
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { when: string; env: Record<string, string> }) : [];
}

function expectNoSecrets(sightings: { when: string; env: Record<string, string> }[], runtimeToken: string): void {
  expect(sightings.map((s) => s.when)).toContain('import');
  for (const { when, env } of sightings) {
    for (const name of SECRET_NAMES) expect(env[name], `${name} at ${when}`).toBeUndefined();
    for (const [name, value] of Object.entries(env)) {
      for (const secret of [TOKEN, runtimeToken, ID_TOKEN]) expect(value.includes(secret), `${name} carries a secret at ${when}`).toBe(false);
    }
  }
}

const SECRET_ENV = { GITHUB_TOKEN: TOKEN, GH_TOKEN: TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN: ID_TOKEN, ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/id' };

describe('user plugins and the token', () => {
  it('on pull_request, loads the plugin but hides every token from it, and still posts and uploads', { timeout: 60_000 }, async () => {
    const workspace = workspaceWithSpy();
    const run = await runBundledAction({ server, workspace, runtime: true, env: SECRET_ENV, inputs: { ...BASE_INPUTS, plugins: 'tools/spy.mjs' } });
    expect(run.code, run.stdout).toBe(0);
    expectNoSecrets(seen(workspace), server.runtimeToken(RUN_ID));
    expect(server.commentsOn(2)).toHaveLength(1);
    expect(server.checkRuns).toHaveLength(1);
    expect(server.artifacts.map((a) => a.name)).toEqual([artifactNameFor('default')]);
  });

  it('refuses workspace plugins under pull_request_target, as a configuration error that says how to allow them', { timeout: 60_000 }, async () => {
    const workspace = workspaceWithSpy();
    const event = { ...pullRequestEvent({ fork: true }), name: 'pull_request_target' };
    const run = await runBundledAction({ server, workspace, event, env: SECRET_ENV, inputs: { ...BASE_INPUTS, plugins: 'tools/spy.mjs' } });
    expect(run.code).toBe(1);
    const error = run.commands.find((c) => c.kind === 'error')!.message;
    expect(error).toContain('configuration error');
    expect(error).toContain('pull_request_target');
    expect(error).toContain('allow-workspace-plugins');
    expect(seen(workspace)).toEqual([]);
    expect(run.summary).toContain('carbon-ci could not finish');
  });

  it('refuses plugins named by the pull request\'s .carbon-ci.yml under pull_request_target too', { timeout: 60_000 }, async () => {
    const workspace = workspaceWithSpy('plugins:\n  - tools/spy.mjs\n');
    const event = { ...pullRequestEvent(), name: 'pull_request_target' };
    const run = await runBundledAction({ server, workspace, event, inputs: BASE_INPUTS });
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.kind === 'error')!.message).toContain('allow-workspace-plugins');
    expect(seen(workspace)).toEqual([]);
  });

  it('refuses workspace plugins in a workflow_run whose head repository is a fork', { timeout: 60_000 }, async () => {
    const workspace = workspaceWithSpy();
    const event = workflowRunEvent({ id: 7100, headSha: 'e'.repeat(40) });
    const payload = event.payload as { workflow_run: Record<string, unknown>; repository: { full_name: string } };
    payload.workflow_run.head_repository = { full_name: `forker/${REPO}`, fork: true };
    payload.workflow_run.repository = { full_name: `${OWNER}/${REPO}` };
    expect(payload.repository.full_name).toBe(`${OWNER}/${REPO}`);
    const run = await runBundledAction({ server, workspace, event, inputs: { ...BASE_INPUTS, plugins: 'tools/spy.mjs' } });
    expect(run.code).toBe(1);
    const error = run.commands.find((c) => c.kind === 'error')!.message;
    expect(error).toContain('workflow_run');
    expect(error).toContain('allow-workspace-plugins');
    expect(seen(workspace)).toEqual([]);
  });

  it('runs them under pull_request_target when allow-workspace-plugins is true, still without tokens', { timeout: 60_000 }, async () => {
    const workspace = workspaceWithSpy();
    const event = { ...pullRequestEvent({ fork: true }), name: 'pull_request_target' };
    const run = await runBundledAction({
      server,
      workspace,
      event,
      runtime: true,
      env: SECRET_ENV,
      inputs: { ...BASE_INPUTS, plugins: 'tools/spy.mjs', 'allow-workspace-plugins': 'true' },
    });
    expect(run.code, run.stdout).toBe(0);
    expectNoSecrets(seen(workspace), server.runtimeToken(RUN_ID));
    expect(server.commentsOn(2)).toHaveLength(1);
  });

  it('rejects a malformed allow-workspace-plugins', async () => {
    const run = await runBundledAction({ server, inputs: { ...BASE_INPUTS, 'allow-workspace-plugins': 'maybe' } });
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.kind === 'error')!.message).toContain('input "allow-workspace-plugins" must be true or false');
  });
});
