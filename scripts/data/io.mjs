// Reading the raw copies (checked against SHA256SUMS.txt) and writing deterministic JSON, shared by the
// dataset builders in this folder.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCES } from './sources.mjs';
import { DATASET_VERSION } from './version.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const rawDir = resolve(repoRoot, process.env.CARBON_CI_RAW_DATA ?? 'data/raw');
export const outDir = resolve(repoRoot, process.env.CARBON_CI_DATA_OUT ?? 'src/data');

let checksums;
const inputsUsed = new Map();

export function fail(message) {
  console.error(`build-data: ${message}`);
  process.exit(1);
}

function readChecksums() {
  const file = join(rawDir, 'SHA256SUMS.txt');
  if (!existsSync(file)) fail(`raw data not found: ${file} (set CARBON_CI_RAW_DATA to the folder that holds SOURCES.md)`);
  const sums = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([0-9a-f]{64})\s+\*?(?:\.\/)?(.+)$/.exec(line.trim());
    if (match) sums.set(match[2], match[1]);
  }
  return sums;
}

/** Reads a raw file, checking it against SHA256SUMS.txt so that a changed input never slips in. */
export function readRaw(relative) {
  checksums ??= readChecksums();
  const bytes = readFileSync(join(rawDir, relative));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const expected = checksums.get(relative);
  if (expected !== sha256) fail(`${relative}: sha256 ${sha256} does not match SHA256SUMS.txt (${expected ?? 'not listed'})`);
  inputsUsed.set(relative, sha256);
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

export function readRawJson(relative) {
  return JSON.parse(readRaw(relative));
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.length > 1 || cells[0] !== '');
}

export function round(value, decimals) {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** JSON with sorted keys; containers deeper than `prettyDepth` stay on one line (one row per line). */
export function stableJson(value, prettyDepth, depth = 0) {
  const pad = '  '.repeat(depth);
  const inner = '  '.repeat(depth + 1);
  const pretty = depth < prettyDepth;
  if (Array.isArray(value)) {
    const items = value.map((item) => stableJson(item, prettyDepth, depth + 1));
    if (!pretty || items.length === 0) return `[${items.join(',')}]`;
    return `[\n${items.map((item) => inner + item).join(',\n')}\n${pad}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    const entries = keys.map((key) => `${JSON.stringify(key)}:${pretty ? ' ' : ''}${stableJson(value[key], prettyDepth, depth + 1)}`);
    if (!pretty || entries.length === 0) return `{${entries.join(',')}}`;
    return `{\n${entries.map((entry) => inner + entry).join(',\n')}\n${pad}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return JSON.stringify(value);
}

export function sortedObject(entries) {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function pickSources(keys) {
  return sortedObject(
    [...new Set(keys)].map((key) => {
      if (!SOURCES[key]) fail(`unknown source key ${key}`);
      return [key, SOURCES[key]];
    }),
  );
}

export function licenceText(sources) {
  return Object.entries(sources)
    .map(([key, source]) => `${key}: ${source.licence}`)
    .join('; ');
}

function attributionText(sources) {
  return Object.values(sources)
    .map((source) => source.attribution)
    .join(' | ');
}

export function writeDataset(fileName, body, { prettyDepth = 2, inputs = [], licence, attribution } = {}) {
  const sources = body.sources ?? {};
  const document = {
    datasetVersion: DATASET_VERSION,
    generatedBy: 'scripts/build-data.mjs',
    licence: licence ?? licenceText(sources),
    attribution: attribution ?? attributionText(sources),
    inputs: sortedObject(inputs.map((input) => [input, inputsUsed.get(input)])),
    ...body,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, fileName), `${stableJson(document, prettyDepth)}\n`);
}
