/** Serving carbon-ci itself to plugins in repositories that use the Action and so never install it. */
import { register } from 'node:module';
import * as sdk from '../index.js';

// Runs in Node's module-hooks thread, where only serialisable data and globalThis reach it.
const HOOKS = `
let names = [];
export async function initialize(data) { names = data.names; }
export async function resolve(specifier, context, next) {
  if (specifier !== 'carbon-ci') return next(specifier, context);
  try { return await next(specifier, context); } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return { url: 'carbon-ci-sdk:///index.js', shortCircuit: true };
  }
}
export async function load(url, context, next) {
  if (!url.startsWith('carbon-ci-sdk:')) return next(url, context);
  const source = 'const sdk = globalThis[Symbol.for("carbon-ci.sdk")];\\n' + names.map((n) => 'export const ' + n + ' = sdk.' + n + ';').join('\\n');
  return { format: 'module', source, shortCircuit: true };
}`;

let installed = false;

/**
 * Let a plugin `import … from 'carbon-ci'` where carbon-ci is not installed: when Node cannot resolve
 * 'carbon-ci', a module hook answers with this running copy of the SDK. An installed copy still wins.
 */
export function installSdkFallback(): void {
  if (installed || typeof register !== 'function') return;
  installed = true;
  (globalThis as Record<symbol, unknown>)[Symbol.for('carbon-ci.sdk')] = sdk;
  try {
    register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, { data: { names: Object.keys(sdk) } });
  } catch {
    // A runtime without module hooks: plugins then need carbon-ci installed, as any package would.
  }
}
