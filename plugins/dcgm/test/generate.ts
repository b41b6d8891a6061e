// Varied DCGM inputs for the fast-path tests: the common lines that the byte-level paths read, mixed
// with everything those paths leave to the general ones (odd times, other entities, blanks, comments,
// changed headers and label sets, broken lines). Deterministic for a seed.
import { hex, prng } from '../../../scripts/make-example.mjs';

type Random = () => number;

/** Stands for two bytes that are not UTF-8 (0xff 0xc3), for `toBytes`. */
const NOT_UTF8 = '\u0001';

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number): boolean => random() < p;
const int = (random: Random, below: number): number => Math.floor(random() * below);

/** The text as bytes, with NOT_UTF8 written as invalid UTF-8. */
export function toBytes(text: string): Buffer {
  return Buffer.concat(text.split(NOT_UTF8).flatMap((part, i) => [...(i > 0 ? [Buffer.from([0xff, 0xc3])] : []), Buffer.from(part, 'utf8')]));
}

/** The end of a file: whole, or its last line cut or left without a newline; CRLF or not; a byte-order mark or not. */
function finish(random: Random, lines: string[]): string {
  const eol = chance(random, 0.25) ? '\r\n' : '\n';
  let text = (chance(random, 0.05) ? '\ufeff' : '') + lines.join(eol);
  const ending = random();
  if (ending < 0.5) text += eol;
  else if (ending < 0.8) text = text.slice(0, text.length - 1 - int(random, 12));
  return text;
}

// ---------------------------------------------------------------------------------------------
// dcgmi dmon

const DMON_COLUMNS: readonly (readonly [string, string])[] = [
  ['POWER', 'W'],
  ['TOTEC', 'mJ'],
  ['TMPTR', 'C'],
  ['SMCLK', 'MHZ'],
];

function dmonColumns(random: Random): (readonly [string, string])[] {
  const columns = DMON_COLUMNS.filter(() => chance(random, 0.6));
  if (!columns.some(([name]) => name === 'POWER' || name === 'TOTEC')) columns.push(DMON_COLUMNS[int(random, 2)]!);
  return columns.sort(() => random() - 0.5);
}

/** A time prefix for second `s` of the log (ms `ms`), in the file's style. */
function dmonTime(random: Random, style: string, s: number, ms: number): string {
  const epochS = 1_777_708_107 + s;
  const iso = new Date(epochS * 1000 + ms).toISOString().slice(0, 23);
  switch (style) {
    case 'epoch-ms':
      return `${epochS}${String(ms).padStart(3, '0')}`;
    case 'epoch':
      return chance(random, 0.05) ? `${epochS}` : `${epochS}.${String(ms).padStart(3, '0')}`;
    case 'epoch-ns':
      return `${epochS}.${String(ms).padStart(3, '0')}${String(int(random, 1e6)).padStart(6, '0')}`;
    case 'iso-offset':
      return `${iso}+0200`;
    case 'iso-z':
      return `${iso}Z`;
    case 'iso-local':
      return iso.replace('T', chance(random, 0.5) ? 'T' : ' ');
    default:
      return pick(random, [`${epochS}.${ms}`, `${iso}Z`, `${epochS}`]);
  }
}

function dmonValue(random: Random, column: string, gpu: number, s: number): string {
  const odd = random();
  if (odd < 0.02) return 'N/A';
  if (odd < 0.03) return pick(random, ['140737488355328', '9223372036854775794', '140737488355327']);
  if (odd < 0.04) return pick(random, ['-1.5', '.5', '5.', '1.5e2', '+3', '007', '0', '-0', '12345678901234567', '3.14159265358979323']);
  // Fields that are not read may hold anything that is not a blank.
  if (odd < 0.05 && column !== 'POWER' && column !== 'TOTEC') return pick(random, [`4${NOT_UTF8}2`, '42x', '[N/A]', '\u00e9']);
  switch (column) {
    case 'POWER':
      return (60 + 300 * random()).toFixed(pick(random, [3, 3, 3, 2, 0]));
    case 'TOTEC':
      return String(256_017_342 + gpu * 1e9 + s * 350_000 + int(random, 1000));
    default:
      return String(30 + int(random, 60));
  }
}

/** Blanks between fields: spaces, mostly. */
function gap(random: Random, width: number): string {
  if (chance(random, 0.03)) return '\t';
  return ' '.repeat(Math.max(1, width));
}

function dmonRow(random: Random, columns: readonly (readonly [string, string])[], entity: string, id: number, s: number): string {
  let row = `${entity}${gap(random, 4 - entity.length)}${id}`;
  for (const [name] of columns) {
    const value = dmonValue(random, name, id, s);
    row += `${gap(random, 10 - value.length)}${value}`;
  }
  return chance(random, 0.03) ? `${row}  ` : row;
}

/** A `dcgmi dmon` log with a time prefix on every line: GPU rows mostly, and every kind of odd line. */
export function dmonLog(seed: number): string {
  const random = prng(seed);
  const gpus = 1 + int(random, 8);
  const style = pick(random, ['epoch', 'epoch', 'epoch', 'epoch-ms', 'epoch-ns', 'iso-offset', 'iso-z', 'iso-local', 'mixed']);
  let columns = dmonColumns(random);
  // A header without a time, with a blank that only a regular expression sees, which the timed ones repeat.
  const oddHeader = chance(random, 0.02);
  const lines: string[] = oddHeader ? [`#Entity${columns.map(([name]) => `\u2028${name}`).join('')}`] : [];
  const seconds = 5 + int(random, 60);
  const headerEvery = 2 + int(random, 25);
  for (let s = 0; s < seconds; s++) {
    const time = () => dmonTime(random, style, s, int(random, 1000));
    if (s % headerEvery === 0) {
      if (s > 0 && chance(random, 0.15)) columns = dmonColumns(random);
      lines.push(`${time()} #Entity${columns.map(([name]) => `${oddHeader ? '\u2028' : gap(random, 8)}${name}`).join('')}`);
      if (chance(random, 0.9)) lines.push(`${time()} ${pick(random, ['ID', 'ID', 'Id'])}${columns.map(([, unit]) => `${gap(random, 8)}${unit}`).join('')}`);
    }
    for (let gpu = 0; gpu < gpus; gpu++) {
      const kind = random();
      if (kind < 0.01) lines.push(pick(random, ['', '  ']));
      else if (kind < 0.04) lines.push(`${time()} ${dmonRow(random, columns, pick(random, ['GPU-I', 'GPU-CI', 'LINK']), gpu, s)}`);
      else if (kind < 0.045) lines.push(`${pick(random, [' ', '\t', ''])}${time()}${pick(random, ['  ', '\t'])}${dmonRow(random, columns, 'GPU', gpu, s)}`);
      else lines.push(`${time()} ${dmonRow(random, columns, 'GPU', gpu, s)}`);
    }
    if (chance(random, 0.01)) lines.push(`${time()} ${dmonRow(random, columns, 'GPU', 100 + int(random, 1e6), s)}`);
  }
  if (chance(random, 0.3)) lines.splice(int(random, lines.length), 0, brokenDmonLine(random, columns));
  return finish(random, lines);
}

/** A line that stops the reading, or that only the general path reads: each must be told the same way. */
function brokenDmonLine(random: Random, columns: readonly (readonly [string, string])[]): string {
  const row = dmonRow(random, columns, 'GPU', 0, 0);
  const values = row.split(/\s+/).slice(2);
  const unread = columns.findIndex(([name]) => name !== 'POWER' && name !== 'TOTEC');
  const withBlankInside = values.map((value, i) => (i === unread ? pick(random, ['4\u00a02', '4\u20282', '4\u30002']) : value)).join(' ');
  return pick(random, [
    `1777708107.135 GPU 0 ${withBlankInside}`,
    `17777081 ${row}`,
    row,
    `1777708107.135 GPU 0x1 ${values.join(' ')}`,
    `1777708107.135 GPU 1e1 ${values.join(' ')}`,
    `1777708107.135 ${row} 99`,
    `1777708107.135 GPU`,
    `1777708107.135   `,
    `177770810 ${row}`,
    `000000000.5 ${row}`,
    `1777708107.135\r${row}`,
    `1777708107.135 ${row}\r`,
    `1777708107.135 ${row}\u2028`,
    `1777708107.135 ID\u2028W`,
    `1777708107.135 GPU\u000b0 ${values.join(' ')}`,
    `1777708107.135 GPU 0 ${values.join(' ').replace(/^\S+/, '4\u00a02')}`,
    `2026-13-02T10:00:00.004 ${row}`,
    `1777708107.135 GPU 0 ${values.join(' ').replace(/^\S+/, '61W')}`,
    `1777708107.135 GPU 0 ${values.join(' ').replace(/^\S+/, `6${NOT_UTF8}1`)}`,
    `1777708107.135 #Entity   TMPTR`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// DCGM exporter / Prometheus

const POWER = 'DCGM_FI_DEV_POWER_USAGE';
const ENERGY = 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION';
const OTHER_METRICS = ['DCGM_FI_DEV_SM_CLOCK', 'DCGM_FI_DEV_POWER_USAGE_INSTANT', 'DCGM_FI_DEV_GPU_TEMP'];

interface Gpu {
  index: number;
  uuid: string;
  energyMJ: number;
}

/** The labels of a GPU's series, in the file's order and spelling, pod labels while a job runs. */
function labelPairs(random: Random, style: Style, gpu: Gpu, pod: string | undefined): [string, string][] {
  const pairs: [string, string][] = [
    ['gpu', String(gpu.index)],
    [style.uuidLabel, gpu.uuid],
    ['device', `nvidia${gpu.index}`],
    ['modelName', 'NVIDIA A100-SXM4-80GB'],
    [style.hostLabel, 'dgx-a100-017'],
  ];
  if (pod !== undefined) pairs.push(['container', 'pytorch'], ['namespace', 'ml-training'], ['pod', pod]);
  if (chance(random, 0.01)) pairs.push(['note', pick(random, [POWER, 'a "quoted" \\ value', `caf${NOT_UTF8}`, 'x # y', 'a}b'])]);
  return style.labelOrder === 'sorted' ? pairs.sort(([a], [b]) => (a < b ? -1 : 1)) : pairs;
}

interface Style {
  uuidLabel: string;
  hostLabel: string;
  labelOrder: 'exporter' | 'sorted';
  /** promtool tsdb dump: the name inside the braces. */
  nameInBraces: boolean;
  separator: string;
  trailingComma: boolean;
  timestamps: 'ms' | 's' | 's-fraction';
  comments: boolean;
}

function sampleLine(random: Random, style: Style, name: string, pairs: [string, string][], value: string, timeMs: number): string {
  const labels = style.nameInBraces ? [...pairs, ['__name__', name] as [string, string]].sort(([a], [b]) => (a < b ? -1 : 1)) : pairs;
  const body = labels.map(([label, text]) => `${label}="${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(style.separator);
  const braces = `{${body}${style.trailingComma ? ',' : ''}}`;
  const time = style.timestamps === 'ms' ? String(timeMs) : style.timestamps === 's' ? String(Math.round(timeMs / 1000)) : (timeMs / 1000).toFixed(3);
  const tail = `${value}${pick(random, [' ', ' ', ' ', '  ', '\t'])}${time}`;
  const exemplar = chance(random, 0.005) ? ' # {trace_id="4bf92f"} 1.0' : '';
  return `${style.nameInBraces ? '' : name}${braces}${chance(random, 0.02) ? '' : ' '}${tail}${exemplar}`;
}

function promValue(random: Random, name: string, gpu: Gpu): string {
  const odd = random();
  if (odd < 0.01) return pick(random, ['NaN', '+Inf', '-Inf', '9223372036854775794', '140737488355328', '1e400', '-0', '.5', '5.', '1.5E+02']);
  if (name === ENERGY) {
    gpu.energyMJ = chance(random, 0.01) ? int(random, 1000) : gpu.energyMJ + 30_000 * (60 + int(random, 300));
    return chance(random, 0.3) ? gpu.energyMJ.toExponential() : String(gpu.energyMJ);
  }
  return pick(random, [(60 + 300 * random()).toFixed(6), (60 + 300 * random()).toFixed(1), String(60 + int(random, 300))]);
}

/** Exporter scrapes saved with timestamps, or a `promtool tsdb dump` (series after series, so out of time order). */
export function exporterDump(seed: number): string {
  const random = prng(seed);
  const style: Style = {
    uuidLabel: pick(random, ['UUID', 'UUID', 'uuid']),
    hostLabel: pick(random, ['Hostname', 'hostname']),
    labelOrder: pick(random, ['exporter', 'sorted']),
    nameInBraces: chance(random, 0.25),
    separator: pick(random, [',', ',', ', ']),
    trailingComma: chance(random, 0.1),
    timestamps: pick(random, ['ms', 'ms', 's', 's-fraction']),
    comments: chance(random, 0.7),
  };
  const gpus: Gpu[] = Array.from({ length: 1 + int(random, 8) }, (_, index) => ({ index, uuid: `GPU-${hex(random, 8)}-${hex(random, 4)}`, energyMJ: 2.5e11 + int(random, 1e9) }));
  const metrics = [POWER, ENERGY, ...OTHER_METRICS].filter((name) => name === POWER || name === ENERGY || chance(random, 0.5)).sort(() => random() - 0.5);
  const scrapes: string[][] = [];
  let pod: string | undefined;
  for (let s = 0, count = 2 + int(random, 12); s < count; s++) {
    if (chance(random, 0.1)) pod = pod === undefined ? `llm-pretrain-${int(random, 100)}-worker-0` : undefined;
    const timeMs = 1_747_029_630_000 + 30_000 * s + int(random, 40);
    const lines: string[] = [];
    for (const name of metrics) {
      if (style.comments) lines.push(`# HELP ${name} ${pick(random, ['Power draw (in W).', 'Total energy {mJ}.', 'Clock.'])}`, `# TYPE ${name} gauge`);
      for (const gpu of gpus) {
        const value = promValue(random, name, gpu);
        lines.push(sampleLine(random, style, name, labelPairs(random, style, gpu, pod), value, timeMs));
        if (chance(random, 0.02)) lines.push(sampleLine(random, style, name, labelPairs(random, style, gpu, 'sidecar'), value, timeMs));
      }
    }
    if (chance(random, 0.05)) lines.push('');
    scrapes.push(lines);
  }
  let lines = scrapes.flat();
  // promtool lists each series whole, one after the other: a GPU whose labels changed goes back in time.
  if (style.nameInBraces) lines = lines.filter((line) => !line.startsWith('#')).sort((a, b) => (a.slice(0, a.lastIndexOf('}')) < b.slice(0, b.lastIndexOf('}')) ? -1 : 1));
  if (chance(random, 0.2)) lines.push('# EOF');
  if (chance(random, 0.3)) lines.splice(int(random, lines.length), 0, brokenExporterLine(random, lines));
  return finish(random, lines);
}

/** A line that stops the reading, or that only the general path reads; most repeat a label set of the file. */
function brokenExporterLine(random: Random, lines: readonly string[]): string {
  const samples = lines.filter((line) => line.includes('} '));
  const labelSet = samples.length > 0 ? pick(random, samples).replace(/\} .*$/, '}') : `${POWER}{gpu="0",UUID="GPU-x"}`;
  return pick(random, [
    `${labelSet} 61.3`,
    `${labelSet} 61.3 1e999`,
    `${labelSet} 61.3 1747029630039 12`,
    `${labelSet} 61.3\u000b1747029630039`,
    `${labelSet} 0x10 1747029630039`,
    `${labelSet} 61W 1747029630039`,
    `${labelSet} 61.3 ${NOT_UTF8}`,
    `${labelSet.slice(0, -1)} 61.3 1747029630039`,
    `${POWER}{pod="x"} 61.3 1747029630039`,
    `DCGM_FI_DEV_SM_CLOCK{gpu="0",note="${POWER}} 1 2`,
    `  # HELP ${POWER} indented`,
  ]);
}
