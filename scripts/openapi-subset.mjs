// Writes test/fixtures/github/openapi-subset.json: the operations of GitHub's REST API that carbon-ci
// calls, cut from GitHub's OpenAPI description (@octokit/openapi, MIT), with every component they
// reference. The GitHub contract tests validate requests and responses against it.
// Regenerate after upgrading @octokit/openapi: `node scripts/openapi-subset.mjs`.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const OPERATIONS = [
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'checks/create',
  'repos/create-commit-status',
  'pulls/get',
  'actions/get-workflow-run',
  'actions/list-workflow-runs',
  'actions/list-workflow-run-artifacts',
  'actions/download-artifact',
  'users/get-authenticated',
  'actions/list-jobs-for-workflow-run-attempt',
];

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const specPath = require.resolve('@octokit/openapi/generated/api.github.com.json');
const packageJson = JSON.parse(await readFile(require.resolve('@octokit/openapi/package.json'), 'utf8'));
const spec = JSON.parse(await readFile(specPath, 'utf8'));

const paths = {};
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!OPERATIONS.includes(operation.operationId)) continue;
    paths[path] ??= {};
    paths[path][method] = operation;
  }
}
const found = Object.values(paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
const missing = OPERATIONS.filter((id) => !found.includes(id));
if (missing.length > 0) throw new Error(`operations not in the spec: ${missing.join(', ')}`);

// Copy every component reachable from the chosen operations.
const components = {};
const seen = new Set();
function visit(node) {
  if (Array.isArray(node)) return node.forEach(visit);
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') follow(value);
    else visit(value);
  }
}
function follow(ref) {
  if (seen.has(ref)) return;
  seen.add(ref);
  const [, section, name] = ref.match(/^#\/components\/([^/]+)\/(.+)$/) ?? [];
  if (!section) throw new Error(`unexpected $ref ${ref}`);
  const target = spec.components[section]?.[name];
  if (target === undefined) throw new Error(`dangling $ref ${ref}`);
  components[section] ??= {};
  components[section][name] = target;
  visit(target);
}
visit(paths);

const sorted = (object) => Object.fromEntries(Object.keys(object).sort().map((key) => [key, object[key]]));
const subset = {
  openapi: spec.openapi,
  info: {
    ...spec.info,
    description: `Subset of GitHub's REST API description (${OPERATIONS.length} operations) cut by scripts/openapi-subset.mjs from @octokit/openapi ${packageJson.version} (MIT).`,
  },
  paths: sorted(paths),
  components: sorted(Object.fromEntries(Object.entries(components).map(([section, items]) => [section, sorted(items)]))),
};
const out = `${root}test/fixtures/github/openapi-subset.json`;
await writeFile(out, `${JSON.stringify(subset, null, 1)}\n`);
console.log(`wrote ${out}: ${Object.keys(paths).length} paths, ${seen.size} components`);
