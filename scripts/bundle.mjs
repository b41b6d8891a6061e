// Rebuilds dist/: the Action entry, the CLI and the SDK. Deterministic, so CI can diff it.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
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
