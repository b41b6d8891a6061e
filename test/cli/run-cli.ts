import { fileURLToPath } from 'node:url';
import type { CliIO, TextSink } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import type { Report } from '../../src/report/types.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(chunks: string[]): TextSink {
  return { write: (chunk: string) => chunks.push(chunk), isTTY: false };
}

/** Run the CLI in-process from source, capturing its output; relative paths resolve from `cwd`. */
export async function cli(argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: sink(out), stderr: sink(err), cwd: options.cwd ?? REPO_ROOT, env: options.env ?? {} };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Run with `--json -` appended and parse standard output, which must hold the JSON and nothing else. */
export async function cliJson(argv: string[], options?: { cwd?: string }): Promise<CliResult & { report: Report }> {
  const result = await cli([...argv, '--json', '-'], options);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return { ...result, report: JSON.parse(result.stdout) as Report };
}
