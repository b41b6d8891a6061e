// Writes src/smoke/onnxruntime-lock.json: onnxruntime-node and its production dependencies exactly as
// package-lock.json pins them (versions and integrity hashes). The published Action has no
// node_modules; at first use it writes this lock into the runner's tool cache and runs `npm ci` there,
// so it installs the same tree the project was tested with.
//
//   node scripts/vendor-onnxruntime-lock.mjs          regenerate
//   node scripts/vendor-onnxruntime-lock.mjs --check  exit 1 when the file is out of date
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}src/smoke/onnxruntime-lock.json`;
const PACKAGE = 'node_modules/onnxruntime-node';
/** Flags that describe the root project's tree, not the package. */
const DROPPED_FIELDS = new Set(['dev', 'devOptional', 'optional', 'peer', 'extraneous', 'funding']);

const lock = JSON.parse(await readFile(`${root}package-lock.json`, 'utf8'));
const packages = lock.packages ?? {};
if (!packages[PACKAGE]) throw new Error(`package-lock.json has no ${PACKAGE}`);

/** Where Node would find `name` when required from the package at `from` (nested, then hoisted). */
function resolveFrom(from, name) {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

const closure = new Map();
function visit(path) {
  if (closure.has(path)) return;
  const entry = packages[path];
  closure.set(path, Object.fromEntries(Object.entries(entry).filter(([key]) => !DROPPED_FIELDS.has(key))));
  for (const name of Object.keys(entry.dependencies ?? {})) {
    const found = resolveFrom(path, name);
    if (!found) throw new Error(`package-lock.json: ${path} needs ${name}, which is not in the lock`);
    visit(found);
  }
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    const found = resolveFrom(path, name);
    if (found) visit(found);
  }
}
visit(PACKAGE);

const sorted = Object.fromEntries([...closure].sort(([a], [b]) => a.localeCompare(b)));
const text = `${JSON.stringify({ onnxruntimeNodeVersion: packages[PACKAGE].version, packages: sorted }, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('src/smoke/onnxruntime-lock.json is out of date: run node scripts/vendor-onnxruntime-lock.mjs');
    process.exit(1);
  }
  console.log('src/smoke/onnxruntime-lock.json matches package-lock.json');
} else {
  await writeFile(target, text);
  console.log(`wrote ${target} (${closure.size} packages, onnxruntime-node ${packages[PACKAGE].version})`);
}
