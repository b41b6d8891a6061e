// Report files are replaced whole or not at all: a write that fails half-way (a file-size limit set
// with `ulimit -f`, as deterministic as a full disk and as abrupt) leaves the previous file intact.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/run-cli.js';

const OLD_REPORT = `${JSON.stringify({ schemaVersion: '1.0.0', note: 'a good report from an earlier run' }, null, 2)}\n`;
const OLD_MARKDOWN = '### carbon-ci: an earlier report\n';

/** Run `node --import tsx ARGS` from the repository root with files capped at `limitKiB`; tsx's cache is off so that only our writes meet the cap. */
function runCapped(limitKiB: number, args: string[]): { code: number | null; output: string } {
  const result = spawnSync('bash', ['-c', `ulimit -f ${limitKiB} && exec "$@"`, 'bash', process.execPath, '--import', 'tsx', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, TSX_DISABLE_CACHE: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'carbon-ci-writes-'));
}

describe('a report write that fails half-way keeps the previous file', () => {
  it('carbon-ci estimate --json PATH', () => {
    const dir = freshDir();
    const path = join(dir, 'report.json');
    writeFileSync(path, OLD_REPORT);
    const run = runCapped(1, ['src/cli/main.ts', 'estimate', '--gpu', 'NVIDIA L4', '--hours', '1', '--intensity', '100', '--json', path]);
    expect(run.code, run.output).toBe(2);
    expect(run.output).toContain('cannot write --json output (EFBIG)');
    expect(readFileSync(path, 'utf8')).toBe(OLD_REPORT);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('carbon-ci estimate --markdown PATH', () => {
    const dir = freshDir();
    const path = join(dir, 'report.md');
    writeFileSync(path, OLD_MARKDOWN);
    // Through writeOutputs, which every report command uses (estimate itself has no --markdown flag).
    const script = join(dir, 'write.mts');
    writeFileSync(
      script,
      [
        `const { runEstimate } = await import(${JSON.stringify(join(REPO_ROOT, 'src/pipeline/index.ts'))});`,
        `const { writeOutputs } = await import(${JSON.stringify(join(REPO_ROOT, 'src/cli/output.ts'))});`,
        `const report = await runEstimate({ gpu: 'NVIDIA L4', hours: 1, intensityGPerKWh: 100, pue: 1 });`,
        `const sink = { write: () => true, isTTY: false };`,
        `try { await writeOutputs(report, { markdown: ${JSON.stringify(path)}, color: false }, { stdout: sink, stderr: sink, cwd: '/', env: {} }); }`,
        `catch (error) { console.log(error.message); process.exitCode = 2; }`,
      ].join('\n'),
    );
    const run = runCapped(1, [script]);
    expect(run.code, run.output).toBe(2);
    expect(run.output).toContain('cannot write --markdown output (EFBIG)');
    expect(readFileSync(path, 'utf8')).toBe(OLD_MARKDOWN);
    expect(readdirSync(dir).sort()).toEqual(['report.md', 'write.mts']);
  });

  it("the Action's report file (report-path)", () => {
    const dir = freshDir();
    const reportDir = join(dir, 'carbon-ci', 'train');
    mkdirSync(reportDir, { recursive: true });
    const path = join(reportDir, 'carbon-ci-report.json');
    writeFileSync(path, OLD_REPORT);
    const script = join(dir, 'write.mts');
    writeFileSync(
      script,
      [
        `const { writeReportFile } = await import(${JSON.stringify(join(REPO_ROOT, 'src/action/finish/persist.ts'))});`,
        `try { await writeReportFile(${JSON.stringify(dir)}, 'train', JSON.stringify({ big: 'x'.repeat(8192) })); }`,
        `catch (error) { console.log(error.code); process.exitCode = 3; }`,
      ].join('\n'),
    );
    const run = runCapped(4, [script]);
    expect(run.code, run.output).toBe(3);
    expect(run.output).toContain('EFBIG');
    expect(readFileSync(path, 'utf8')).toBe(OLD_REPORT);
    expect(readdirSync(reportDir)).toEqual(['carbon-ci-report.json']);
  });
});
