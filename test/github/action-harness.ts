// Runs the bundled Action (dist/index.js) as the runner would: a child process with INPUT_*
// variables, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the API at
// a loopback server.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { FakeGitHub, OWNER, REPO, TOKEN } from './fake-github.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ACTION_ENTRY = join(ROOT, 'dist', 'index.js');
const PR_FIXTURE = join(ROOT, 'test', 'fixtures', 'github', 'pull_request.synchronize.json');

export const PR_NUMBER = 2;
export const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
export const MERGE_SHA = 'aaaabbbbccccddddeeeeffff0000111122223333';
export const BASE_REF = 'master';
export const RUN_ID = 9001;
/** The runner the job runs on (RUNNER_NAME), as the API's job list names it. */
export const RUNNER_NAME = 'gpu-runner-7';

export interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error::` / `::warning::` / `::notice::` lines of the log. */
  commands: { kind: string; message: string }[];
  tempDir: string;
  /** What the step saved for its post step (GITHUB_STATE, or `::save-state::` commands where that is unset). */
  state: Record<string, string>;
}

export interface ActionRunOptions {
  server: FakeGitHub;
  inputs: Record<string, string>;
  event?: { name: string; payload: Record<string, unknown> };
  runId?: number;
  /** Give the Action a runtime token so it can upload artifacts into run `runId`. */
  runtime?: boolean;
  /** GITHUB_WORKSPACE; default an empty folder of the run's own. */
  workspace?: string;
  /** RUNNER_TEMP; default a new folder. A post step shares its main step's. */
  tempDir?: string;
  /** The state a main step saved: the runner gives it to the post step as STATE_<name>. */
  state?: Record<string, string>;
  /** Leave GITHUB_STATE unset, as old runners do: state is then saved with `::save-state::` commands. */
  noStateFile?: boolean;
  env?: Record<string, string>;
}

export function pullRequestEvent(options: { fork?: boolean } = {}): { name: string; payload: Record<string, unknown> } {
  const payload = JSON.parse(readFileSync(PR_FIXTURE, 'utf8')) as { pull_request: { head: { repo: Record<string, unknown>; label: string } } };
  if (options.fork) {
    Object.assign(payload.pull_request.head.repo, { full_name: 'forker/Hello-World', fork: true, id: 99 });
    payload.pull_request.head.label = 'forker:changes';
  }
  return { name: 'pull_request', payload: payload as unknown as Record<string, unknown> };
}

export function workflowRunEvent(run: { id: number; headSha: string; pullRequests?: number[] }): { name: string; payload: Record<string, unknown> } {
  const pr = pullRequestEvent().payload as { repository: unknown; sender: unknown };
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        id: run.id,
        name: 'train',
        head_branch: 'changes',
        head_sha: run.headSha,
        event: 'pull_request',
        status: 'completed',
        conclusion: 'success',
        workflow_id: 161335,
        path: '.github/workflows/train.yml',
        pull_requests: (run.pullRequests ?? []).map((number) => ({ number, head: { sha: run.headSha, ref: 'changes' }, base: { ref: BASE_REF } })),
        html_url: `https://github.com/${OWNER}/${REPO}/actions/runs/${run.id}`,
      },
      workflow: { id: 161335, name: 'train', path: '.github/workflows/train.yml' },
      repository: pr.repository,
      sender: pr.sender,
    },
  };
}

export async function runBundledAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-action-'));
  const tempDir = options.tempDir ?? join(dir, 'runner-temp');
  mkdirSync(tempDir, { recursive: true });
  const event = options.event ?? pullRequestEvent();
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  const statePath = join(dir, 'state');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  writeFileSync(statePath, '');
  const runId = options.runId ?? RUN_ID;
  // A workspace of its own, so that a .carbon-ci.yml in this repository does not steer the tests.
  const workspace = options.workspace ?? join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_REF: event.name === 'pull_request' ? `refs/pull/${PR_NUMBER}/merge` : 'refs/heads/master',
    GITHUB_WORKFLOW: 'train',
    GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/train.yml@refs/pull/${PR_NUMBER}/merge`,
    GITHUB_JOB: 'train',
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.server.url,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: tempDir,
    RUNNER_NAME: RUNNER_NAME,
    ...(options.noStateFile ? {} : { GITHUB_STATE: statePath }),
    CARBON_CI_API_TIME_SCALE: '0.001',
    ...(options.runtime ? { ACTIONS_RUNTIME_TOKEN: options.server.runtimeToken(runId), ACTIONS_RESULTS_URL: `${options.server.url}/` } : {}),
    ...options.env,
  };
  const inputs = { 'github-token': TOKEN, ...options.inputs };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;

  const child = spawn(process.execPath, [ACTION_ENTRY], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: [...stdout.matchAll(/^::(error|warning|notice)[^:]*::(.*)$/gm)].map((m) => ({ kind: m[1]!, message: decodeCommand(m[2]!) })),
    tempDir,
    state: {
      ...Object.fromEntries([...stdout.matchAll(/^::save-state name=([^:]+)::(.*)$/gm)].map((m) => [decodeCommand(m[1]!), decodeCommand(m[2]!)])),
      ...parseOutputs(readFileSync(statePath, 'utf8')),
    },
  };
}

/** GITHUB_OUTPUT (and GITHUB_STATE) as @actions/core writes it: `name<<DELIMITER`, the value, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = lines[i]!.match(/^([^<]+)<<(.+)$/);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

function decodeCommand(message: string): string {
  return message.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

const SOURCE_DIRS = ['src', 'plugins', 'schemas'];

async function newestSourceMs(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestSourceMs(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, (await stat(path)).mtimeMs);
  }
  return newest;
}

/**
 * Rebuild dist/ with `npm run bundle` when dist/index.js is older than the sources. A lock folder
 * keeps test files that run at once from bundling over each other.
 */
export async function ensureBundle(): Promise<void> {
  const lock = join(ROOT, 'node_modules', '.cache', 'carbon-ci-bundle.lock');
  mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`could not take the bundle lock ${lock}; remove it if no test is running`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    const sourcesMs = Math.max(...(await Promise.all(SOURCE_DIRS.map((d) => newestSourceMs(join(ROOT, d))))), statSync(join(ROOT, 'package.json')).mtimeMs);
    if (existsSync(ACTION_ENTRY) && statSync(ACTION_ENTRY).mtimeMs >= sourcesMs) return;
    await promisify(execFile)('npm', ['run', '--silent', 'bundle'], { cwd: ROOT, env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' } });
  } finally {
    rmdirSync(lock);
  }
}

/**
 * For a test file: the bundle built first, then a fresh fake GitHub for each test (handed to `use`),
 * stopped after it with a check that every request it got is one GitHub's API describes.
 */
export function fakeGitHubPerTest(use: (server: FakeGitHub) => void): void {
  let server: FakeGitHub;
  beforeAll(ensureBundle, 180_000);
  beforeEach(async () => {
    server = new FakeGitHub();
    await server.start();
    use(server);
  });
  afterEach(async () => {
    await server.stop();
    expect(server.violations).toEqual([]);
  });
}
