import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type * as OnnxRuntime from 'onnxruntime-node';
import * as toolCache from '@actions/tool-cache';
import { InputError } from '../shared/errors.js';
import lock from './onnxruntime-lock.json' with { type: 'json' };

export type OrtRuntime = typeof OnnxRuntime;

/** The onnxruntime-node version in package-lock.json, which the Action installs when it finds none. */
export const ONNXRUNTIME_NODE_VERSION: string = lock.onnxruntimeNodeVersion;

export interface RuntimeLoadOptions {
  /** Where normal module resolution starts (a file path or file: URL); default: this module. */
  resolveFrom?: string;
  /** Root of the tool cache; default $RUNNER_TOOL_CACHE, else ~/.cache/carbon-ci. */
  toolCacheDir?: string;
  /** Install into the tool cache when not found; default: only inside GitHub Actions. */
  install?: boolean;
  /** Ask onnxruntime-node's install script for the CUDA execution provider (linux x64, CUDA 12). */
  withCuda?: boolean;
  /** Extra arguments for `npm ci`, e.g. ['--offline']. */
  npmArgs?: string[];
  /**
   * Find and keep the install with @actions/tool-cache, under $RUNNER_TOOL_CACHE (the Action). The CLI keeps
   * the same layout itself: the library prints `::debug::` lines, which would land in a terminal or in
   * `--json -` output.
   */
  useToolCache?: boolean;
  log?: (message: string) => void;
}

export interface LoadedRuntime {
  runtime: OrtRuntime;
  /** How it was found: 'env', 'node_modules' or 'tool-cache', and where. */
  source: 'env' | 'node_modules' | 'tool-cache';
  directory: string;
  /** The onnxruntime-node package directory (its native binaries are under bin/napi-v6/). */
  packageDir: string;
  version: string;
}

const PACKAGE = 'onnxruntime-node';
const TOOL_NAME = 'carbon-ci-onnxruntime-node';
export const RUNTIME_DIR_ENV = 'CARBON_CI_ONNXRUNTIME_DIR';

/**
 * Finds onnxruntime-node, which esbuild cannot bundle (it loads a native binding by a computed
 * path), in this order: the directory named by $CARBON_CI_ONNXRUNTIME_DIR; normal resolution
 * (a development checkout, or an npm-installed CLI); the tool cache; else, where allowed, installs
 * the locked version into the tool cache with npm and loads it from there.
 */
export async function loadOnnxRuntime(options: RuntimeLoadOptions = {}): Promise<LoadedRuntime> {
  const log = options.log ?? (() => {});
  const fromEnv = process.env[RUNTIME_DIR_ENV];
  if (fromEnv) {
    const loaded = tryRequire(join(fromEnv, 'package.json'));
    if (!loaded) {
      throw new InputError(`$${RUNTIME_DIR_ENV} is set but ${fromEnv}/node_modules/${PACKAGE} cannot be loaded`, {
        hint: `npm install --prefix "${fromEnv}" ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION}, or unset it`,
      });
    }
    return { ...loaded, source: 'env', directory: fromEnv };
  }

  const resolveFrom = options.resolveFrom ?? import.meta.url;
  const local = tryRequire(resolveFrom);
  if (local) return { ...local, source: 'node_modules', directory: dirname(local.packageDir) };

  const cacheDir = toolCacheDirectory(options);
  const viaLibrary = options.useToolCache === true && options.toolCacheDir === undefined && Boolean(process.env.RUNNER_TOOL_CACHE);
  const found = viaLibrary ? toolCache.find(TOOL_NAME, ONNXRUNTIME_NODE_VERSION, flavourOf(options)) : existsSync(`${cacheDir}.complete`) ? cacheDir : '';
  if (found) {
    const cached = tryRequire(join(found, 'package.json'));
    if (cached) return { ...cached, source: 'tool-cache', directory: found };
  }

  const install = options.install ?? process.env.GITHUB_ACTIONS === 'true';
  if (!install) {
    throw new InputError(`${PACKAGE} is not installed, and the smoke test needs it`, {
      hint: `npm install ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION}, or rerun with --install-runtime to install it into ${cacheDir}`,
    });
  }
  log(`installing ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION}${options.withCuda ? ' with the CUDA execution provider' : ''} into ${cacheDir}`);
  try {
    await installIntoCache(cacheDir, options, viaLibrary);
  } catch (error) {
    if (!options.withCuda) throw error;
    // The CUDA provider comes from NuGet; without it the CPU build still runs the smoke test.
    log(`installing with the CUDA execution provider failed, installing the CPU build instead: ${(error as Error).message.split('\n')[0]}`);
    return loadOnnxRuntime({ ...options, withCuda: false });
  }
  const installed = tryRequire(join(cacheDir, 'package.json'));
  if (!installed) throw new Error(`${PACKAGE} was installed into ${cacheDir} but cannot be loaded`);
  return { ...installed, source: 'tool-cache', directory: cacheDir };
}

/** `<tool cache>/carbon-ci-onnxruntime-node/<version>/<arch>[-cuda12]`, the @actions/tool-cache layout. */
export function toolCacheDirectory(options: Pick<RuntimeLoadOptions, 'toolCacheDir' | 'withCuda'>): string {
  const root = options.toolCacheDir ?? process.env.RUNNER_TOOL_CACHE ?? join(homedir(), '.cache', 'carbon-ci');
  return join(root, TOOL_NAME, ONNXRUNTIME_NODE_VERSION, flavourOf(options));
}

/** The tool cache's "arch" folder: the platform, the CPU and whether the CUDA provider is in. */
function flavourOf(options: Pick<RuntimeLoadOptions, 'withCuda'>): string {
  return `${process.platform}-${process.arch}${options.withCuda ? '-cuda12' : ''}`;
}

function tryRequire(from: string): { runtime: OrtRuntime; packageDir: string; version: string } | undefined {
  const require = createRequire(from);
  let entry: string;
  try {
    entry = require.resolve(PACKAGE);
  } catch {
    return undefined;
  }
  const packageDir = dirname(dirname(entry));
  const runtime = require(PACKAGE) as OrtRuntime;
  const version = (require(join(packageDir, 'package.json')) as { version: string }).version;
  return { runtime, packageDir, version };
}

async function installIntoCache(cacheDir: string, options: RuntimeLoadOptions, viaLibrary: boolean): Promise<void> {
  // Install beside the final place and rename, so that a concurrent job never sees half an install.
  const staging = `${cacheDir}.tmp-${process.pid}-${Date.now()}`;
  const installMode = options.withCuda ? 'cuda12' : 'skip';
  const env = { ...process.env, ONNXRUNTIME_NODE_INSTALL: installMode, npm_config_onnxruntime_node_install: installMode };
  try {
    await writeLockedProject(staging);
    await runNpm(['ci', '--omit=dev', '--no-audit', '--no-fund', ...(options.npmArgs ?? [])], env, staging);
    await pruneOtherPlatforms(join(staging, 'node_modules', PACKAGE));
    await keepInCache(staging, cacheDir, options, viaLibrary);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Moves a finished install into the cache, where `find` sees it only once complete: @actions/tool-cache's
 * cacheDir (copy, then the `.complete` marker), or, with the same layout, a rename and the marker.
 */
export async function keepInCache(staging: string, cacheDir: string, options: Pick<RuntimeLoadOptions, 'withCuda'>, viaLibrary: boolean): Promise<string> {
  if (viaLibrary) return toolCache.cacheDir(staging, TOOL_NAME, ONNXRUNTIME_NODE_VERSION, flavourOf(options));
  await rm(cacheDir, { recursive: true, force: true });
  await mkdir(dirname(cacheDir), { recursive: true });
  await rename(staging, cacheDir);
  await writeFile(`${cacheDir}.complete`, '');
  return cacheDir;
}

/**
 * A project whose lock is the slice of this repository's package-lock.json that onnxruntime-node
 * needs (scripts/vendor-onnxruntime-lock.mjs), so that `npm ci` installs exactly the tested tree,
 * checked against its integrity hashes, and can do so offline from a warm npm cache.
 */
async function writeLockedProject(dir: string): Promise<void> {
  const name = 'carbon-ci-onnxruntime';
  const dependencies = { [PACKAGE]: ONNXRUNTIME_NODE_VERSION };
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name, version: '0.0.0', private: true, dependencies }, null, 2));
  const packages = { '': { name, version: '0.0.0', dependencies }, ...lock.packages };
  await writeFile(join(dir, 'package-lock.json'), JSON.stringify({ name, version: '0.0.0', lockfileVersion: 3, requires: true, packages }, null, 2));
}

/** The package ships CPU binaries for five platforms (about 290 MB); keep this one's. */
async function pruneOtherPlatforms(packageDir: string): Promise<void> {
  const binRoot = join(packageDir, 'bin', 'napi-v6');
  for (const platform of await readdir(binRoot).catch(() => [] as string[])) {
    if (platform !== process.platform) {
      await rm(join(binRoot, platform), { recursive: true, force: true });
      continue;
    }
    for (const arch of await readdir(join(binRoot, platform))) {
      if (arch !== process.arch) await rm(join(binRoot, platform, arch), { recursive: true, force: true });
    }
  }
}

/** Runs the npm that ships with the running node when there is one, else `npm` from PATH. */
async function runNpm(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  const nodeDir = dirname(process.execPath);
  const bundled = [join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'), join(nodeDir, 'node_modules', 'npm', 'bin', 'npm-cli.js')].find(
    (path) => existsSync(path),
  );
  const [command, commandArgs] = bundled ? [process.execPath, [bundled, ...args]] : ['npm', args];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, commandArgs, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], shell: !bundled && process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) =>
      reject(new Error(`cannot run npm to install ${PACKAGE} (${error.message}); install Node.js with npm (actions/setup-node) or set $${RUNTIME_DIR_ENV}`)),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm ${args[0]} failed with exit code ${code}: ${summaryLine(output)}\n${output.slice(-4000)}`)),
    );
  });
}

/** The line of npm's output that says what went wrong, e.g. "Error: connect ECONNREFUSED ...". */
function summaryLine(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.replace(/^npm (error|ERR!)\s*/i, '').trim())
    .filter((line) => line !== '' && !/^npm (warn|notice)/i.test(line));
  return lines.find((line) => /\bError:|\bE[A-Z]{3,}\b/.test(line)) ?? lines[lines.length - 1] ?? '(no output)';
}
