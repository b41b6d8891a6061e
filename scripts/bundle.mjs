// The one generation step: the report validator from its schema, then dist/ (the Action entry and its measure daemon, the CLI,
// the SDK and its types). Deterministic, so CI can diff it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { GENERATED_PATH, reportValidatorSource } = await import('./build-validators.mjs');
await writeFile(GENERATED_PATH, reportValidatorSource());
await rm(`${root}/dist`, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: {
    index: 'src/action/main.ts',
    cli: 'src/cli/main.ts',
    sdk: 'src/sdk/index.ts',
    testing: 'src/sdk/testing.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // onnxruntime-node loads its native binding by a computed path; it is shipped beside dist/.
  external: ['onnxruntime-node'],
  alias: { 'carbon-ci': './src/sdk/index.ts' },
  banner: { js: "import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});

// Started detached by the Action's `measure: true`, by path: bash, not Node (src/measure/detached.ts says why).
await copyFile(`${root}/src/measure/measure-daemon.sh`, `${root}/dist/measure-daemon.sh`);

// The SDK's types for consumers (`carbon-ci`, `carbon-ci/testing`), from the same sources.
execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/tsconfig.types.json`], { stdio: 'inherit' });
