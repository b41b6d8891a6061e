/**
 * Importing a plugin module's file: JavaScript directly, TypeScript by Node's type stripping or the
 * repository's tsx, and every failure as an InputError whose hint says what to change.
 */
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError, isInputError } from '../../shared/errors.js';
import { TS_EXTENSIONS, packageEntry } from './resolve.js';
import { installSdkFallback } from './sdk-fallback.js';

type TsxApi = { tsImport(url: string, parent: string): Promise<unknown> };

/** The namespace of the module at `file` (which the user named `spec`), with carbon-ci importable from it. */
export async function importPluginModule(spec: string, file: string, cwd: string): Promise<Record<string, unknown>> {
  installSdkFallback();
  return TS_EXTENSIONS.has(extname(file).toLowerCase()) ? importTypeScript(spec, file, cwd) : importModule(spec, file);
}

async function importModule(spec: string, file: string): Promise<Record<string, unknown>> {
  try {
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw loadFailure(spec, error);
  }
}

async function importTypeScript(spec: string, file: string, cwd: string): Promise<Record<string, unknown>> {
  // Node 22.18+ and 23.6+ strip types natively (process.features.typescript is "strip" or "transform").
  if (typeof (process.features as { typescript?: unknown }).typescript === 'string') return importModule(spec, file);
  const tsx = await findTsx(cwd);
  if (!tsx) {
    throw new InputError(`plugin module "${spec}" is TypeScript, which Node ${process.versions.node} cannot run without a build step`, {
      hint: 'compile it to .mjs (e.g. `npx esbuild my-plugin.ts --format=esm --outfile=my-plugin.mjs`), run on Node 22.18 or later (type stripping), or install tsx in the repository (npm install --save-dev tsx)',
    });
  }
  try {
    return (await tsx.tsImport(pathToFileURL(file).href, pathToFileURL(join(cwd, 'package.json')).href)) as Record<string, unknown>;
  } catch (error) {
    throw loadFailure(spec, error);
  }
}

async function findTsx(cwd: string): Promise<TsxApi | undefined> {
  try {
    const api = (await import(pathToFileURL(await packageEntry('tsx/esm/api', cwd)).href)) as { tsImport?: unknown };
    return typeof api.tsImport === 'function' ? (api as TsxApi) : undefined;
  } catch {
    return undefined;
  }
}

function loadFailure(spec: string, error: unknown): InputError {
  if (isInputError(error)) return error;
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return new InputError(`plugin module "${spec}" failed to load: ${message}`, { hint: loadFailureHint(message, (error as { code?: unknown } | null)?.code) });
}

function loadFailureHint(message: string, code: unknown): string {
  if (/Cannot find module 'carbon-ci'/.test(message)) {
    return 'the plugin was loaded as CommonJS (its package.json has no "type": "module"), where carbon-ci cannot be supplied: name the file .mjs (or .mts), or install carbon-ci in the repository';
  }
  if (/Cannot use import statement outside a module|Unexpected token 'export'/.test(message)) {
    return 'the file uses ES module syntax but is loaded as CommonJS: name it .mjs (or .mts), or add "type": "module" to the package.json beside it';
  }
  if (code === 'ERR_MODULE_NOT_FOUND') return "a module it imports is missing: install the plugin's dependencies in the repository (npm ci)";
  if (code === 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX') {
    return "Node's type stripping runs erasable TypeScript only (no enum, namespace or parameter properties): rewrite those, or compile the plugin to .mjs";
  }
  return 'fix the error in the plugin module; `node <file>` shows the same error with its stack';
}
