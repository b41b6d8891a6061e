#!/usr/bin/env node
// `npm run check:package`: the package as a user installs it. Packs it, installs the tarball into an
// empty project with no environment variable set (onnxruntime-node must not make that fail), type-checks
// a strict TypeScript consumer of `carbon-ci` and `carbon-ci/testing`, and runs `npx carbon-ci report`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'carbon-ci-package-'));
const env = { ...process.env };
delete env.ONNXRUNTIME_NODE_INSTALL;
for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];
const run = (command, args, cwd) => execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  // The Action's measuring daemon is spawned by path, not imported: nothing else would notice it missing.
  for (const file of ['dist/index.js', 'dist/cli.js', 'dist/measure-daemon.sh']) {
    if (!packed.files.some((f) => f.path === file)) throw new Error(`the package lacks ${file}`);
  }
  const tarball = join(work, packed.filename);
  const project = join(work, 'consumer');
  run('mkdir', ['-p', project], work);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `typescript@${devDependencies.typescript}`, `@types/node@${devDependencies['@types/node']}`], project);

  writeFileSync(
    join(project, 'plugin.ts'),
    `import { definePlugin, deviceRef, InputError, readLines, type PowerRecord, type TelemetryPlugin } from 'carbon-ci';
import { expectInputError, runPlugin, textSource } from 'carbon-ci/testing';

export const plugin: TelemetryPlugin = definePlugin({
  name: 'watts-lines',
  kind: 'telemetry',
  description: 'epoch-ms,watts lines',
  detect: ({ head }) => (/^\\d{13},\\d/.test(head) ? 0.9 : 0),
  async *read(source, context) {
    const device = deviceRef({ host: 'node1', index: 0 });
    for await (const batch of readLines(source.open(), { file: source.path })) {
      const records: PowerRecord[] = batch.lines.map((line, i) => {
        const [time, watts] = line.split(',').map(Number);
        if (!Number.isFinite(time) || !Number.isFinite(watts)) throw new InputError('not a reading', { file: source.path, line: batch.firstLine + i });
        return { type: 'power', timeMs: time!, device, powerW: watts! };
      });
      context.signal.throwIfAborted();
      yield records;
    }
  },
});

const { records } = await runPlugin(plugin, textSource('1700000000000,250\\n1700000001000,260\\n'));
if (records.length !== 2) throw new Error('expected two records');
await expectInputError(runPlugin(plugin, textSource('x,y\\n', 'bad.csv')), { file: 'bad.csv', line: 1 });
console.log('consumer ok');
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, types: ['node'], skipLibCheck: false }, files: ['plugin.ts'] }),
  );
  run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
  console.log('strict TypeScript consumer: type-checks');
  run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit', 'false', '--outDir', 'out'], project);
  console.log(run(process.execPath, [join(project, 'out/plugin.js')], project).trim());

  copyFileSync(join(root, 'examples/nvidia-smi-8xA100.csv'), join(project, 'gpu.csv'));
  const report = JSON.parse(run('npx', ['--no-install', 'carbon-ci', 'report', 'gpu.csv', '--location', 'FR', '--timezone', 'UTC', '--json', '-'], project));
  if (!(report.totals?.energyJ > 0)) throw new Error('npx carbon-ci report gave no energy');
  console.log(`npx carbon-ci report: ${(report.totals.energyJ / 3.6e6).toFixed(2)} kWh over ${report.devices.length} devices`);
} catch (error) {
  const { stdout, stderr } = error;
  console.error(`package check failed: ${error.message}\n${stdout ?? ''}${stderr ?? ''}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
