/**
 * Loading users' plugins (a file in the repository or an installed npm package) and guarding any
 * plugin's `read`: crashes, malformed records and reads that never end become reported issues.
 */
import { readFile, stat } from 'node:fs/promises';
import { register } from 'node:module';
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError, isInputError } from '../telemetry/errors.js';
import { PluginError } from '../telemetry/plugin-error.js';
import type { PluginContext, Source, TelemetryPlugin } from '../telemetry/plugin.js';
import { isColumnsRecord } from '../telemetry/power-columns.js';
import type { PluginRecord } from '../telemetry/records.js';
import * as sdk from './index.js';
import { optionsValidator, validatePluginOptions } from '../telemetry/plugin-options.js';
import { isValidRecord, previewRecord, validateRecord } from './testing/validate-record.js';

export { validatePluginOptions };

const SHAPE_HINT = "export default definePlugin({ name, kind: 'telemetry', description, detect, read }) from 'carbon-ci' (see docs/writing-a-plugin.md)";
const JS_EXTENSIONS = new Set(['.js', '.mjs', '.cjs']);
const TS_EXTENSIONS = new Set(['.ts', '.mts', '.cts']);

// ---------------------------------------------------------------------------------------------
// Loading

/**
 * Load a telemetry plugin named by `spec`: a path (relative to `cwd`) to a `.js`/`.mjs`/`.cjs` file,
 * a `.ts`/`.mts` file (on Node with type stripping, 22.18+, or with `tsx` installed where `cwd` is),
 * or the name of an npm package installed in `cwd` (`my-plugin`, `@org/plugin`, `@org/pkg/sub`).
 * The module's default export (or its export named `plugin`) must be a plugin. Errors are
 * InputErrors that name the spec.
 */
export async function loadPlugin(spec: string, cwd: string): Promise<TelemetryPlugin> {
  const trimmed = spec.trim();
  if (trimmed === '') throw new InputError('an empty plugin module name', { hint: 'name a file such as ./carbon/my-plugin.mjs or an npm package' });
  const file = looksLikePath(trimmed) ? await pluginFile(trimmed, cwd) : await packageEntry(trimmed, cwd);
  installSdkFallback();
  const extension = extname(file).toLowerCase();
  const module = TS_EXTENSIONS.has(extension) ? await importTypeScript(trimmed, file, cwd) : await importModule(trimmed, file);
  return checkPlugin(trimmed, pickExport(module));
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
  try {
    if ((await stat(file)).isFile()) return file;
  } catch {
    // fall through
  }
  throw new InputError(`plugin module "${spec}" not found (looked for ${file})`, {
    hint: 'paths are relative to the repository root (the working directory); check the spelling and that the file is committed',
  });
}

/** Resolve an installed package the way `import` would from `cwd`: node_modules upwards, then its `exports` ("import"/"node"/"default"). */
async function packageEntry(spec: string, cwd: string): Promise<string> {
  const m = /^((?:@[^/]+\/)?[^/@][^/]*)(\/.*)?$/.exec(spec);
  if (!m) throw new InputError(`plugin "${spec}" is neither a file path nor an npm package name`, { hint: 'use ./path/to/plugin.mjs for a file in the repository' });
  const name = m[1]!;
  const subpath = m[2] === undefined ? '.' : `.${m[2]}`;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const root = join(dir, 'node_modules', name);
    const manifest = await readJsonFile(join(root, 'package.json'));
    if (manifest) {
      const target = exportTarget(manifest, subpath);
      if (!target) throw new InputError(`plugin package "${spec}" exports no "${subpath}" entry for import`, { hint: `check the "exports" of ${name}/package.json` });
      return join(root, target);
    }
    if (dirname(dir) === dir) break;
  }
  throw new InputError(`plugin package "${spec}" is not installed in ${cwd} or above`, {
    hint: `install it first (npm install --save-dev ${name}), or give a path such as ./plugins/my-plugin.mjs`,
  });
}

async function readJsonFile(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

const CONDITIONS = ['import', 'node', 'default', 'module', 'require'];

function conditionTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const target = conditionTarget(item);
      if (target) return target;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key === 'types') continue;
      if (CONDITIONS.includes(key)) {
        const target = conditionTarget(record[key]);
        if (target) return target;
      }
    }
  }
  return undefined;
}

function exportTarget(manifest: Record<string, unknown>, subpath: string): string | undefined {
  const exports = manifest.exports;
  if (exports === undefined || exports === null) {
    if (subpath !== '.') return subpath.slice(2);
    return typeof manifest.main === 'string' ? manifest.main : 'index.js';
  }
  const keyed = typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((key) => key.startsWith('.'));
  if (!keyed) return subpath === '.' ? conditionTarget(exports) : undefined;
  return conditionTarget((exports as Record<string, unknown>)[subpath]);
}

async function importModule(spec: string, file: string): Promise<Record<string, unknown>> {
  try {
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw loadFailure(spec, error);
  }
}

function loadFailure(spec: string, error: unknown): InputError {
  if (isInputError(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const hint =
    /Cannot find module 'carbon-ci'/.test(message)
      ? 'the plugin was loaded as CommonJS (its package.json has no "type": "module"), where carbon-ci cannot be supplied: name the file .mjs (or .mts), or install carbon-ci in the repository'
      : /Cannot use import statement outside a module|Unexpected token 'export'/.test(message)
        ? 'the file uses ES module syntax but is loaded as CommonJS: name it .mjs (or .mts), or add "type": "module" to the package.json beside it'
        : code === 'ERR_MODULE_NOT_FOUND'
      ? 'a module it imports is missing: install the plugin\'s dependencies in the repository (npm ci)'
        : code === 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX'
          ? "Node's type stripping runs erasable TypeScript only (no enum, namespace or parameter properties): rewrite those, or compile the plugin to .mjs"
          : 'fix the error in the plugin module; `node <file>` shows the same error with its stack';
  return new InputError(`plugin module "${spec}" failed to load: ${message}`, { hint });
}

async function importTypeScript(spec: string, file: string, cwd: string): Promise<Record<string, unknown>> {
  // Node 22.18+ and 23.6+ strip types natively (process.features.typescript is "strip" or "transform").
  if (typeof (process.features as { typescript?: unknown }).typescript === 'string') return importModule(spec, file);
  const api = await findTsx(cwd);
  if (!api) {
    throw new InputError(`plugin module "${spec}" is TypeScript, which Node ${process.versions.node} cannot run without a build step`, {
      hint: 'compile it to .mjs (e.g. `npx esbuild my-plugin.ts --format=esm --outfile=my-plugin.mjs`), run on Node 22.18 or later (type stripping), or install tsx in the repository (npm install --save-dev tsx)',
    });
  }
  try {
    return (await api.tsImport(pathToFileURL(file).href, pathToFileURL(join(cwd, 'package.json')).href)) as Record<string, unknown>;
  } catch (error) {
    throw loadFailure(spec, error);
  }
}

async function findTsx(cwd: string): Promise<{ tsImport(url: string, parent: string): Promise<unknown> } | undefined> {
  try {
    const entry = await packageEntry('tsx/esm/api', cwd);
    const api = (await import(pathToFileURL(entry).href)) as { tsImport?: unknown };
    return typeof api.tsImport === 'function' ? (api as { tsImport(url: string, parent: string): Promise<unknown> }) : undefined;
  } catch {
    return undefined;
  }
}

let fallbackInstalled = false;

/**
 * Let a plugin `import … from 'carbon-ci'` where carbon-ci is not installed (a repository using the
 * Action, which does not `npm install` carbon-ci): when Node cannot resolve 'carbon-ci', a module
 * hook answers with this running copy of the SDK. An installed copy still wins.
 */
function installSdkFallback(): void {
  if (fallbackInstalled || typeof register !== 'function') return;
  fallbackInstalled = true;
  const key = Symbol.for('carbon-ci.sdk');
  (globalThis as Record<symbol, unknown>)[key] = sdk;
  const hooks = `
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
  try {
    register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { names: Object.keys(sdk) } });
  } catch {
    // A runtime without module hooks: plugins then need carbon-ci installed, as any package would.
  }
}

function pickExport(module: Record<string, unknown>): unknown {
  let candidate: unknown = module.default ?? module.plugin;
  // A CommonJS module's `module.exports = { default: plugin }` arrives one level deeper.
  if (candidate && typeof candidate === 'object' && 'default' in candidate && !('read' in candidate)) candidate = (candidate as { default: unknown }).default;
  return candidate;
}

/** The problems that stop `value` from being a telemetry plugin; empty when it is one. */
export function pluginShapeProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [`it exports ${value === undefined ? 'no default (nor a "plugin" export)' : typeof value}, not a plugin object`];
  const plugin = value as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof plugin.name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(plugin.name)) problems.push('name must be lower-case letters, digits and dashes');
  if (plugin.kind !== 'telemetry') problems.push(`kind must be "telemetry" (got ${JSON.stringify(plugin.kind)})`);
  if (typeof plugin.description !== 'string' || plugin.description.trim() === '') problems.push('description must be a non-empty string');
  if (typeof plugin.detect !== 'function') problems.push('detect must be a function (input) => confidence 0..1');
  if (typeof plugin.read !== 'function') problems.push('read must be a function (source, context) => async iterable of records');
  if (plugin.options !== undefined && (typeof plugin.options !== 'object' || plugin.options === null)) problems.push('options must be a JSON Schema object');
  return problems;
}

function checkPlugin(spec: string, value: unknown): TelemetryPlugin {
  const problems = pluginShapeProblems(value);
  if (problems.length > 0) throw new InputError(`plugin module "${spec}" is not a telemetry plugin: ${problems.join('; ')}`, { hint: SHAPE_HINT });
  const plugin = value as TelemetryPlugin;
  try {
    optionsValidator(plugin);
  } catch (error) {
    throw new InputError(`plugin module "${spec}": ${(error as Error).message}`, { hint: 'write the options schema in JSON Schema draft-07' });
  }
  return plugin;
}

// ---------------------------------------------------------------------------------------------
// Guarding

/** Something a guarded plugin did wrong, shaped to join the report's warnings (DataWarning). */
export interface PluginIssue {
  code: 'plugin-threw' | 'plugin-malformed-records' | 'plugin-timeout' | 'plugin-not-iterable';
  plugin: string;
  file: string;
  message: string;
  /** Records concerned: malformed records dropped, or records kept before a crash or timeout. */
  count?: number;
  /** Line of the first offending record, when the plugin gave an origin. */
  line?: number;
  /** The first offending record, as shortened JSON. */
  record?: string;
}

export interface GuardOptions {
  /** Longest time one file's read may take (ms); default 15 minutes. */
  timeoutMs?: number;
  /** Longest wait for the plugin's next batch (ms); default 2 minutes. */
  stallMs?: number;
  /** Check every record against the record schema ('all', the default; about 0.1 µs a record) or none. */
  validate?: 'all' | 'none';
  /** Receives each issue when the file is done; without it issues go to `context.log.warn`. */
  onIssue?: (issue: PluginIssue) => void;
  /** Throw a PluginError on a crash or timeout instead of keeping the records read so far (default false). */
  strict?: boolean;
}

class Timeout extends Error {}

/**
 * Wrap a plugin so that one that throws, yields malformed records or never ends cannot break the run
 * or slip wrong data into it. Malformed records are dropped; after a crash or a timeout the records
 * read so far are kept and the rest of the file is reported missing. InputErrors (the input's fault,
 * which the plugin reported properly) and aborts pass through unchanged. A plugin stuck in a
 * synchronous loop cannot be interrupted from the same thread: only asynchronous stalls time out.
 */
export function guardPlugin<Options>(plugin: TelemetryPlugin<Options>, options: GuardOptions = {}): TelemetryPlugin<Options> {
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  const stallMs = options.stallMs ?? 2 * 60_000;
  const validate = options.validate !== 'none';

  async function* read(source: Source, context: PluginContext<Options>): AsyncGenerator<PluginRecord[]> {
    const file = source.path;
    const issues: PluginIssue[] = [];
    const controller = new AbortController();
    const forward = () => controller.abort(context.signal.reason);
    context.signal.addEventListener('abort', forward, { once: true });
    const started = Date.now();
    let kept = 0;
    let lastOrigin: number | undefined;
    const malformed = { count: 0, first: undefined as undefined | { record: string; problems: string; line?: number } };
    let iterator: AsyncIterator<PluginRecord | PluginRecord[]> | undefined;
    try {
      const iterable = plugin.read(source, { ...context, signal: controller.signal });
      if (!iterable || typeof (iterable as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') {
        issues.push({ code: 'plugin-not-iterable', plugin: plugin.name, file, message: `plugin ${plugin.name}: read() on ${file} returned ${typeof iterable}, not an async iterable; nothing was read from the file` });
        return;
      }
      iterator = iterable[Symbol.asyncIterator]();
      for (;;) {
        const remainingMs = timeoutMs - (Date.now() - started);
        const step =
          remainingMs <= stallMs
            ? await nextWithin(iterator, remainingMs, `did not finish within ${formatMs(timeoutMs)}`)
            : await nextWithin(iterator, stallMs, `yielded nothing for ${formatMs(stallMs)}`);
        if (step.done) break;
        const items: unknown[] = Array.isArray(step.value) ? step.value : [step.value];
        const out: PluginRecord[] = [];
        for (const item of items) {
          if (!validate || isValidRecord(item)) {
            out.push(item as PluginRecord);
            continue;
          }
          const problems = validateRecord(item);
          malformed.count++;
          if (!malformed.first) {
            const line = (item as { origin?: { line?: unknown } } | null)?.origin?.line;
            malformed.first = { record: previewRecord(item), problems: problems.join('; '), line: typeof line === 'number' ? line : undefined };
          }
        }
        if (out.length > 0) {
          kept += out.length;
          const last = out[out.length - 1]!;
          const line = isColumnsRecord(last) ? undefined : last.origin?.line;
          if (line !== undefined) lastOrigin = line;
          yield out;
        }
      }
    } catch (error) {
      if (isInputError(error) || (error as Error | null)?.name === 'AbortError' || context.signal.aborted) throw error;
      const where = `after ${kept} record(s)${lastOrigin !== undefined ? ` (last from line ${lastOrigin})` : ''}`;
      if (error instanceof Timeout) {
        controller.abort(error);
        void Promise.resolve(iterator?.return?.()).catch(() => undefined);
        if (options.strict) throw new PluginError(plugin.name, file, error);
        issues.push({ code: 'plugin-timeout', plugin: plugin.name, file, count: kept, line: lastOrigin, message: `plugin ${plugin.name} ${error.message} on ${file} ${where}; the rest of the file is missing from the report` });
      } else {
        if (options.strict) throw new PluginError(plugin.name, file, error);
        const message = error instanceof Error ? error.message : String(error);
        issues.push({ code: 'plugin-threw', plugin: plugin.name, file, count: kept, line: lastOrigin, message: `plugin ${plugin.name} failed on ${file} ${where}: ${message}; the rest of the file is missing from the report` });
      }
    } finally {
      context.signal.removeEventListener('abort', forward);
      if (malformed.count > 0) {
        const first = malformed.first!;
        issues.unshift({
          code: 'plugin-malformed-records',
          plugin: plugin.name,
          file,
          count: malformed.count,
          line: first.line,
          record: first.record,
          message: `plugin ${plugin.name} yielded ${malformed.count} malformed record(s) from ${file}, dropped; the first${first.line !== undefined ? ` (line ${first.line})` : ''}: ${first.problems}: ${first.record}`,
        });
      }
      for (const issue of issues) {
        if (options.onIssue) options.onIssue(issue);
        else context.log.warn(issue.message);
      }
    }
  }

  return Object.freeze({ ...plugin, read });
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

async function nextWithin<T>(iterator: AsyncIterator<T>, ms: number, what: string): Promise<IteratorResult<T>> {
  if (ms <= 0) throw new Timeout(what);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(what)), ms);
  });
  try {
    return await Promise.race([iterator.next(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// Wiring for the CLI and the Action

/**
 * The built-in plugins plus those named by `specs` (`--plugin-module`, the Action's `plugins` input,
 * `plugins:` in .carbon-ci.yml), every one behind `guardPlugin`. A user plugin whose name is taken
 * is an InputError.
 */
export async function withUserPlugins(
  builtins: readonly TelemetryPlugin[],
  specs: readonly string[],
  cwd: string,
  guard: GuardOptions = {},
): Promise<TelemetryPlugin[]> {
  const plugins = [...builtins];
  for (const spec of specs) {
    const plugin = await loadPlugin(spec, cwd);
    const clash = plugins.find((p) => p.name === plugin.name);
    if (clash) throw new InputError(`plugin module "${spec}" is named "${plugin.name}", like a plugin already loaded`, { hint: 'give the plugin another name' });
    plugins.push(plugin);
  }
  return plugins.map((plugin) => guardPlugin(plugin, guard));
}

/**
 * `--plugin-option` values (`name=value`, or `plugin.name=value` to aim at one plugin) as options per
 * plugin name. An unqualified option goes to `chosen` (the `--plugin` name) or, with `auto`, to every
 * plugin whose options schema declares it. Values stay strings; validation coerces them.
 */
export function pluginOptionsFromPairs(
  pairs: readonly string[],
  plugins: readonly Pick<TelemetryPlugin, 'name' | 'options'>[],
  chosen?: string,
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const set = (plugin: string, key: string, value: string) => ((out[plugin] ??= {})[key] = value);
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new InputError(`plugin option "${pair}" is not name=value`, { hint: 'e.g. gpu=NVIDIA A100-SXM4-80GB, or hf-trainer.count=8 for one plugin (CLI: --plugin-option; Action: plugin-options, one per line)' });
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1);
    const dot = name.indexOf('.');
    const qualified = dot > 0 && plugins.some((p) => p.name === name.slice(0, dot));
    if (qualified) {
      set(name.slice(0, dot), name.slice(dot + 1), value);
      continue;
    }
    if (chosen !== undefined && chosen !== 'auto') {
      set(chosen, name, value);
      continue;
    }
    const takers = plugins.filter((p) => Object.hasOwn((p.options as { properties?: object } | undefined)?.properties ?? {}, name));
    if (takers.length === 0) {
      throw new InputError(`no plugin takes the option "${name}"`, { hint: '`carbon-ci plugins NAME` lists a plugin’s options; aim at one plugin with NAME.option=value' });
    }
    for (const plugin of takers) set(plugin.name, name, value);
  }
  return out;
}
