// Per-job and per-file subtotals for the PR comment: where a report adds up several matrix jobs or
// several telemetry files, the reviewer sees which one the energy came from.
import type { Report, ReportDevice } from '../report/types.js';
import { formatCo2e, formatEnergy, formatPercent } from './format.js';
import { markdownTable } from './table.js';

/** Groups listed before the rest are summed in one row. */
const MAX_GROUPS = 20;

interface Group {
  name: string;
  devices: number;
  energyJ: number;
  co2eG: number;
}

/** The subtotals section: by job in a merged report, else by file when there are several; '' otherwise. */
export function subtotalsMarkdown(report: Report): string {
  const byJob = report.devices.some((d) => d.job !== undefined);
  const names = shortFileNames(report.devices.flatMap((d) => d.files));
  const groups = group(report.devices, byJob ? (d) => d.job ?? '(no job)' : (d) => fileKey(d, names));
  if (groups.length < 2) return '';
  const shown = groups.slice(0, MAX_GROUPS);
  const rest = groups.slice(MAX_GROUPS);
  if (rest.length > 0) {
    shown.push(rest.reduce((sum, g) => ({ ...sum, devices: sum.devices + g.devices, energyJ: sum.energyJ + g.energyJ, co2eG: sum.co2eG + g.co2eG }), { name: `${rest.length} more`, devices: 0, energyJ: 0, co2eG: 0 }));
  }
  const total = report.totals.co2eG;
  const rows = shown.map((g) => [g.name, String(g.devices), formatEnergy(g.energyJ), formatCo2e(g.co2eG), total > 0 ? formatPercent(g.co2eG / total) : '']);
  const what = byJob ? 'job' : 'file';
  // Cells are escaped by markdownTable: names go in as they are.
  return [`#### By ${what}`, '', ...markdownTable([what, 'devices', 'energy', 'CO2e', 'share'], rows, ['left', 'right', 'right', 'right', 'right'])].join('\n');
}

/** A device's file, or "N files" when its energy came from more than one (a log split in parts). */
function fileKey(device: ReportDevice, names: Map<string, string>): string {
  if (device.files.length === 0) return device.plugins.join(', ') || '(no file)';
  return device.files.length === 1 ? (names.get(device.files[0]!) ?? device.files[0]!) : `${device.files.length} files`;
}

/** Each path without the directories all of them share, so that rank0/power.csv and rank1/power.csv stay apart. */
function shortFileNames(paths: string[]): Map<string, string> {
  const unique = [...new Set(paths)];
  const split = unique.map((path) => path.split(/[\\/]/));
  let common = 0;
  while (split.length > 0 && split.every((parts) => parts.length - 1 > common && parts[common] === split[0]![common])) common += 1;
  return new Map(unique.map((path, i) => [path, split[i]!.slice(common).join('/')]));
}

/** Groups by key, the most CO2e first. */
function group(devices: ReportDevice[], keyOf: (device: ReportDevice) => string): Group[] {
  const groups = new Map<string, Group>();
  for (const device of devices) {
    const name = keyOf(device);
    const g = groups.get(name) ?? { name, devices: 0, energyJ: 0, co2eG: 0 };
    g.devices += 1;
    g.energyJ += device.energyJ;
    g.co2eG += device.co2eG;
    groups.set(name, g);
  }
  return [...groups.values()].sort((a, b) => b.co2eG - a.co2eG || a.name.localeCompare(b.name));
}
