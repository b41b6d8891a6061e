/**
 * Finding the file of a user's plugin module: a path relative to the working directory, or an npm
 * package installed there, resolved as `import` from that directory would resolve it.
 */
import { stat } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve as resolveImport } from 'import-meta-resolve';
import { InputError } from '../../shared/errors.js';
import { SHAPE_HINT } from './shape.js';

const JS_EXTENSIONS = new Set(['.js', '.mjs', '.cjs']);
export const TS_EXTENSIONS = new Set(['.ts', '.mts', '.cts']);

/**
 * The file that `spec` names: a `.js`/`.mjs`/`.cjs`/`.ts`/`.mts`/`.cts` path relative to `cwd`, or the
 * name of an npm package installed in `cwd` or above (`my-plugin`, `@org/plugin`, `@org/pkg/sub`).
 */
export async function pluginModuleFile(spec: string, cwd: string): Promise<string> {
  return looksLikePath(spec) ? pluginFile(spec, cwd) : packageEntry(spec, cwd);
}

function looksLikePath(spec: string): boolean {
  return /^(?:\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(spec) || /\.(?:[cm]?[jt]s)$/i.test(spec);
}

async function pluginFile(spec: string, cwd: string): Promise<string> {
  const file = isAbsolute(spec) ? spec : resolve(cwd, spec);
  const extension = extname(file).toLowerCase();
  if (!JS_EXTENSIONS.has(extension) && !TS_EXTENSIONS.has(extension)) {
    throw new InputError(`plugin module "${spec}" must be a .js, .mjs, .cjs or .ts file`, { hint: SHAPE_HINT });
  }
  const isFile = await stat(file).then((stats) => stats.isFile(), () => false);
  if (isFile) return file;
  throw new InputError(`plugin module "${spec}" not found (looked for ${file})`, {
    hint: 'paths are relative to the repository root (the working directory); check the spelling and that the file is committed',
  });
}

/**
 * The entry file of the installed package `spec`, by Node's own `import` resolution from `cwd`: the
 * "import" condition wins, because a package's CommonJS build could not import carbon-ci.
 */
export async function packageEntry(spec: string, cwd: string): Promise<string> {
  const parts = /^((?:@[^/]+\/)?[^/@][^/]*)(\/.*)?$/.exec(spec);
  if (!parts) throw new InputError(`plugin "${spec}" is neither a file path nor an npm package name`, { hint: 'use ./path/to/plugin.mjs for a file in the repository' });
  const name = parts[1]!;
  let url: string;
  try {
    url = await resolveAsImport(spec, pathToFileURL(join(cwd, 'noop.js')).href);
  } catch (error) {
    throw unresolvedPackage(spec, name, parts[2], cwd, error);
  }
  if (!url.startsWith('file:')) throw new InputError(`plugin "${spec}" resolves to ${url}, not to an installed package`, { hint: 'name the npm package that holds the plugin' });
  return fileURLToPath(url);
}

function unresolvedPackage(spec: string, name: string, subpath: string | undefined, cwd: string, error: unknown): InputError {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = String(message ?? error).split('\n')[0]!;
  if (code === 'ERR_MODULE_NOT_FOUND' && text.startsWith(`Cannot find package '${name}'`)) {
    return new InputError(`plugin package "${spec}" is not installed in ${cwd} or above`, {
      hint: `install it first (npm install --save-dev ${name}), or give a path such as ./plugins/my-plugin.mjs`,
    });
  }
  if (code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
    return new InputError(`plugin package "${spec}" exports no "${subpath === undefined ? '.' : `.${subpath}`}" entry for import`, { hint: `check the "exports" of ${name}/package.json` });
  }
  return new InputError(`plugin package "${spec}" cannot be resolved: ${text}`, { hint: `check the "exports" (or "main") of ${name}/package.json and that the files it names are installed` });
}

/** Node's ESM resolution of `spec` from the module at `parent` (Node 20 to 24 honour `import.meta.resolve`'s parent only behind a flag). */
async function resolveAsImport(spec: string, parent: string): Promise<string> {
  return resolveImport(spec, parent);
}
