import { dateTimeToUtc, parseDateTime } from 'carbon-ci';

/** One line of sacct output (a job or one of its steps), whatever shape it came in, with its times in UTC. */
export interface SacctRow {
  /** The line in the file (text output); JSON output has none. */
  line?: number;
  jobId: string;
  /** `batch`, `extern`, `0`, `1`, …; undefined on the job allocation's own line. */
  step?: string;
  startMs?: number;
  endMs?: number;
  /** Joules; NaN when the field is empty (not measured). */
  energyJ: number;
  nodeList?: string;
  nNodes?: string;
  allocTres?: string;
  jobName?: string;
  cluster?: string;
}

/** NO_VAL64 and INFINITE64 (2^64 − 2, 2^64 − 1): Slurm's "no value", which sacct sometimes prints raw. */
export const SENTINEL_J = 2 ** 63;

/** The fields carbon-ci reads, each with the sacct names that carry it, preferred first. */
export const FIELDS = {
  jobId: ['JobID'],
  start: ['Start'],
  end: ['End'],
  elapsed: ['ElapsedRaw', 'Elapsed'],
  energy: ['ConsumedEnergyRaw', 'ConsumedEnergy'],
  nodeList: ['NodeList'],
  nNodes: ['NNodes', 'AllocNodes'],
  allocTres: ['AllocTRES'],
  jobName: ['JobName'],
  cluster: ['Cluster'],
  state: ['State'],
} as const;
export type Field = keyof typeof FIELDS;

/** The columns this plugin asks for when it names the sacct command to run. */
export const FORMAT = 'JobID,JobName,Cluster,Start,End,Elapsed,NNodes,NodeList,AllocTRES,ConsumedEnergyRaw,State';

export function sacctCommand(format = FORMAT): string {
  return `sacct -P -j <jobid> --format=${format}`;
}

/** `2024-03-15T20:24:16`, `2024-03-15 20:24:16`, `2024-03-15-20:24:16` (a SLURM_TIME_FORMAT seen in the wild), or epoch seconds (`SLURM_TIME_FORMAT=%s`). */
export function parseSlurmTime(text: string, toUtc: (wallMs: number) => number): number | undefined {
  const trimmed = text.trim();
  if (/^\d{9,11}$/.test(trimmed)) return Number(trimmed) * 1000;
  const parsed = parseDateTime(trimmed.replace(/^(\d{4}-\d{2}-\d{2})-(\d{2}:)/, '$1T$2'));
  return parsed === undefined ? undefined : dateTimeToUtc(parsed, toUtc);
}

/** `ElapsedRaw` seconds, or `Elapsed` as `[days-][hours:]minutes:seconds`; undefined when neither. */
export function parseElapsedS(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const m = /^(?:(\d+)-)?(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)$/.exec(trimmed);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 86400 + Number(m[2] ?? 0) * 3600 + Number(m[3]) * 60 + Number(m[4]);
}

const ENERGY_SCALE: Record<string, number> = { '': 1, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 };

/**
 * Joules from `ConsumedEnergyRaw` (`20543125`) or `ConsumedEnergy` (`20.54M`: sacct scales by 1000
 * and keeps four digits); NaN when empty, undefined when it is no number at all.
 */
export function parseEnergyJ(text: string): { energyJ: number; rounded: boolean } | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return { energyJ: Number.NaN, rounded: false };
  const m = /^(\d+(?:\.\d+)?)([KMGTP]?)$/.exec(trimmed);
  if (!m) return undefined;
  return { energyJ: Number(m[1]) * ENERGY_SCALE[m[2]!]!, rounded: m[2] !== '' };
}

/** GPUs allocated per AllocTRES: `gres/gpu=8`, else the sum of typed entries such as `gres/gpu:a100=4`. */
export function gpusOf(tres: string | undefined): { count: number; types: string[] } | undefined {
  if (!tres) return undefined;
  let plain: number | undefined;
  let typed = 0;
  const types: string[] = [];
  for (const entry of tres.split(',')) {
    const m = /^gres\/gpu(?::([^=]+))?=(\d+)$/.exec(entry.trim());
    if (!m) continue;
    if (m[1] === undefined) plain = Number(m[2]);
    else {
      typed += Number(m[2]);
      types.push(m[1]);
    }
  }
  if (plain === undefined && typed === 0) return undefined;
  return { count: plain ?? typed, types };
}
