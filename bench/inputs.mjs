// The benchmark's input files: what they are, where they are cached, and making the missing ones.
//
// Files are cached in `${XDG_CACHE_HOME:-$HOME/.cache}/carbon-ci-bench/` (small mode: its `small/`
// subfolder), named by format, generator version and size, so a changed generator writes new files.
// Each is written under a temporary name and renamed when complete: a file with its final name is whole.

import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, statfs } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_OPTIONS, nvidiaSmiLogChunks } from '../scripts/make-example.mjs';
import { GENERATOR_VERSIONS, codecarbonChunks } from './generate.mjs';
import { dcgmExporterChunks, dcgmiDmonChunks } from './generate-dcgm.mjs';

const MAKE_EXAMPLE = fileURLToPath(new URL('../scripts/make-example.mjs', import.meta.url));

/** Parses `1GB`, `200MB`, `512kB` (decimal units) into bytes. */
export function parseSize(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(kB|KB|MB|GB|B)?\s*$/i.exec(text);
  if (!match) throw new Error(`"${text}" is not a size (e.g. 1GB, 200MB)`);
  const unit = (match[2] ?? 'B').toUpperCase();
  const factor = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9 }[unit];
  return Math.round(Number(match[1]) * factor);
}

/** `1GB`, `200MB`: the label of a size, for file names and tables. */
export function sizeLabel(bytes) {
  if (bytes % 1e9 === 0) return `${bytes / 1e9}GB`;
  if (bytes % 1e6 === 0) return `${bytes / 1e6}MB`;
  if (bytes % 1e3 === 0) return `${bytes / 1e3}kB`;
  return `${bytes}B`;
}

/** The nvidia-smi generator's version: a digest of scripts/make-example.mjs, which the bench does not own. */
function nvidiaSmiVersion() {
  return `m${createHash('sha256').update(readFileSync(MAKE_EXAMPLE)).digest('hex').slice(0, 8)}`;
}

/**
 * The duration that makes the 8-GPU log about `targetBytes` long. Past 6000 s the log's fixed parts
 * (idle head and tail, warm-up, the 4 min stall, the 6 min gap of one GPU) stop growing, so its size is
 * a straight line in the duration: fitted on two short logs.
 */
function nvidiaSmiDurationFor(targetBytes) {
  const size = (durationS) => {
    let bytes = 0;
    for (const chunk of nvidiaSmiLogChunks({ ...EXAMPLE_OPTIONS, durationS, chunkChars: 1 << 20 })) bytes += chunk.length;
    return bytes;
  };
  const d1 = 6000;
  const d2 = 14000;
  sizeFit ??= { b1: size(d1), perSecond: 0 };
  if (!sizeFit.perSecond) sizeFit.perSecond = (size(d2) - sizeFit.b1) / (d2 - d1);
  return Math.max(60, Math.ceil(d1 + (targetBytes - sizeFit.b1) / sizeFit.perSecond));
}

/** @type {{b1: number, perSecond: number} | undefined} */
let sizeFit;

/**
 * @typedef {object} InputSpec
 * @property {string} id          e.g. `nvidia-smi-1GB`
 * @property {'nvidia-smi' | 'codecarbon' | 'dcgm-exporter' | 'dcgmi-dmon'} format
 * @property {'nvidia-smi' | 'codecarbon' | 'dcgm'} group   what `--only` selects
 * @property {string} plugin      the carbon-ci plugin that must detect it
 * @property {number} targetBytes
 * @property {string} path        the cached file
 * @property {Record<string, unknown>} generator  how it is made (for the JSON)
 * @property {() => Iterable<string>} chunks
 */

/**
 * The inputs of one benchmark run: the nvidia-smi log at each of `nvidiaSmiSizes`, and the CodeCarbon,
 * DCGM exporter and `dcgmi dmon` files at each of `otherSizes` (two sizes, for the flat-memory check).
 * @param {{cacheDir: string, groups: string[], nvidiaSmiSizes: number[], otherSizes: number[]}} plan
 * @returns {InputSpec[]}
 */
export function inputSpecs({ cacheDir, groups, nvidiaSmiSizes, otherSizes }) {
  const specs = [];
  if (groups.includes('nvidia-smi')) {
    const version = nvidiaSmiVersion();
    for (const targetBytes of nvidiaSmiSizes) {
      const label = sizeLabel(targetBytes);
      const options = { ...EXAMPLE_OPTIONS, durationS: nvidiaSmiDurationFor(targetBytes) };
      // The duration is in the name: the file is the generator's output for exactly these options.
      specs.push({
        id: `nvidia-smi-${label}`,
        format: 'nvidia-smi',
        group: 'nvidia-smi',
        plugin: 'nvidia-smi',
        targetBytes,
        path: join(cacheDir, `nvidia-smi-8gpu-${version}-${options.durationS}s-${label}.csv`),
        generator: { name: 'scripts/make-example.mjs nvidiaSmiLogChunks', version, options },
        chunks: () => nvidiaSmiLogChunks({ ...options, chunkChars: 1 << 20 }),
      });
    }
  }
  for (const other of OTHER_FORMATS) {
    if (!groups.includes(other.group)) continue;
    const version = GENERATOR_VERSIONS[other.format];
    for (const targetBytes of otherSizes) {
      const label = sizeLabel(targetBytes);
      specs.push({
        id: `${other.format}-${label}`,
        format: other.format,
        group: other.group,
        plugin: other.plugin,
        targetBytes,
        path: join(cacheDir, `${other.file}-${version}-${label}.${other.ext}`),
        generator: { name: `bench/generate.mjs ${other.make.name}`, version },
        chunks: () => other.make({ targetBytes, chunkChars: 1 << 20 }),
      });
    }
  }
  return specs;
}

/** The formats other than nvidia-smi: their `--only` group, plugin, generator and cached file name. */
const OTHER_FORMATS = [
  { format: 'codecarbon', group: 'codecarbon', plugin: 'codecarbon', make: codecarbonChunks, file: 'codecarbon-emissions', ext: 'csv' },
  { format: 'dcgm-exporter', group: 'dcgm', plugin: 'dcgm', make: dcgmExporterChunks, file: 'dcgm-exporter', ext: 'prom' },
  { format: 'dcgmi-dmon', group: 'dcgm', plugin: 'dcgm', make: dcgmiDmonChunks, file: 'dcgmi-dmon', ext: 'log' },
];

/** Writes `chunks` to `path` through a temporary file; reports progress on stderr. Returns the bytes written. */
async function writeFileFrom(path, chunks, label, expectedBytes) {
  const temp = `${path}.tmp-${process.pid}`;
  const out = createWriteStream(temp);
  const tty = process.stderr.isTTY;
  // On a terminal, one line that counts up; in a log, a line every 25%.
  const step = tty ? 0.02 : 0.25;
  let bytes = 0;
  let nextReport = step;
  const started = performance.now();
  if (!tty) process.stderr.write(`  generating ${label} (${(expectedBytes / 1e6).toFixed(0)} MB)\n`);
  try {
    for (const chunk of chunks) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
      if (bytes / expectedBytes >= nextReport && bytes < expectedBytes) {
        const pct = Math.floor((100 * bytes) / expectedBytes);
        process.stderr.write(`${tty ? '\r' : ''}  generating ${label}: ${pct}% (${(bytes / 1e6).toFixed(0)} MB)${tty ? '' : '\n'}`);
        nextReport = Math.floor(bytes / expectedBytes / step + 1) * step;
      }
    }
    out.end();
    await once(out, 'finish');
  } catch (error) {
    out.destroy();
    await rm(temp, { force: true });
    throw error;
  }
  await rename(temp, path);
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`${tty ? '\r\x1b[K' : ''}  generated ${label}: ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s -> ${path}\n`);
  return bytes;
}

/** Makes the input's file unless it is cached. Returns true when it was generated now. */
export async function ensureInput(spec) {
  if (existsSync(spec.path)) return false;
  await mkdir(join(spec.path, '..'), { recursive: true });
  await writeFileFrom(spec.path, spec.chunks(), spec.id, spec.targetBytes);
  return true;
}

/**
 * Free bytes for the files still to make, or an error message saying how much is missing.
 * @returns {Promise<{needBytes: number, freeBytes: number, message?: string}>}
 */
export async function checkDiskSpace(cacheDir, specs) {
  await mkdir(cacheDir, { recursive: true });
  let needBytes = 0;
  for (const spec of specs) if (!existsSync(spec.path)) needBytes += spec.targetBytes;
  const fs = await statfs(cacheDir);
  const freeBytes = fs.bavail * fs.bsize;
  const margin = needBytes > 0 ? 200e6 : 0;
  if (needBytes + margin > freeBytes) {
    return {
      needBytes,
      freeBytes,
      message:
        `not enough disk space in ${cacheDir}: the benchmark inputs need ${(needBytes / 1e9).toFixed(2)} GB more ` +
        `(plus ${(margin / 1e6).toFixed(0)} MB margin) and ${(freeBytes / 1e9).toFixed(2)} GB are free. Free some space, ` +
        'set XDG_CACHE_HOME or --cache-dir to a bigger disk, or run fewer sizes (--sizes 1GB, --only ...).',
    };
  }
  return { needBytes, freeBytes };
}

/** File-name prefixes of the current generators' outputs (any size). */
export function currentPrefixes() {
  return [
    `nvidia-smi-8gpu-${nvidiaSmiVersion()}-`,
    `codecarbon-emissions-${GENERATOR_VERSIONS.codecarbon}-`,
    `dcgm-exporter-${GENERATOR_VERSIONS['dcgm-exporter']}-`,
    `dcgmi-dmon-${GENERATOR_VERSIONS['dcgmi-dmon']}-`,
  ];
}

/** Names of files the benchmark writes, of any generator version. */
const OWN_FILE = /^(nvidia-smi-8gpu|codecarbon-emissions|dcgm-exporter|dcgmi-dmon)-/;

/**
 * Removes the temporary files that a killed benchmark run left in the cache, and lists the benchmark's
 * cached files that no current input uses (older generator versions), for the user to delete: the
 * benchmark deletes no finished file.
 */
export async function tidyCache(cacheDir) {
  const prefixes = currentPrefixes();
  const stale = [];
  let entries;
  try {
    entries = await readdir(cacheDir, { withFileTypes: true });
  } catch {
    return stale;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(cacheDir, entry.name);
    const temp = /\.tmp-(\d+)$/.exec(entry.name);
    if (temp && OWN_FILE.test(entry.name)) {
      let alive;
      try {
        process.kill(Number(temp[1]), 0);
        alive = true;
      } catch {
        alive = false;
      }
      if (!alive) await rm(path, { force: true });
      continue;
    }
    // `.partNofM.csv`: the split copies of the nvidia-smi log that earlier versions of the benchmark made.
    const current = prefixes.some((prefix) => entry.name.startsWith(prefix)) && !/\.part\d+of\d+\.csv$/.test(entry.name);
    if (!current && OWN_FILE.test(entry.name)) stale.push({ path, bytes: (await stat(path)).size });
  }
  return stale;
}
