// The two commands the benchmark times: the awk sum of each format's power column, and carbon-ci.

import { open } from 'node:fs/promises';

/** carbon-ci's flags: the JSON report on stdout (parsed to show it did the work), fixed location and zone. */
export const CARBON_CI_FLAGS = ['--json', '-', '--location', 'US-CA', '--timezone', 'UTC'];

/** awk runs in the C locale: no multibyte handling, and `.` is the decimal point everywhere. */
export const AWK_ENV = { LC_ALL: 'C' };

const PRINT_SUM = 'END {printf "%.2f\\n", s}';

/** The first line of a file, without a BOM or CR ('' when it cannot be read). */
export async function readFirstLine(path) {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.toString('utf8', 0, bytesRead).split('\n', 1)[0].replace(/^\uFEFF/, '').replace(/\r$/, '');
  } catch {
    return '';
  } finally {
    await handle.close();
  }
}

/**
 * The awk one-liner that sums the power column of a format, the column found from the file's first
 * line, as the cheapest thing a user could write instead of carbon-ci.
 * @param {string} format
 * @param {string} header  the file's first line
 * @returns {{args: string[], program: string, column: string}}
 */
export function awkSum(format, header) {
  if (format === 'nvidia-smi') {
    const index = header.split(', ').findIndex((name) => name.startsWith('power.draw'));
    if (index < 0) throw new Error('no power.draw column in the nvidia-smi header');
    // awk's number conversion stops at the space before " W".
    const program = `FNR>1 {s+=$${index + 1}} ${PRINT_SUM}`;
    return { args: ['-F', ', ', program], program, column: `$${index + 1} (power.draw, ", " separated)` };
  }
  if (format === 'codecarbon') {
    const index = header.split(',').indexOf('gpu_power');
    if (index < 0) throw new Error('no gpu_power column in the CodeCarbon header');
    const program = `FNR>1 {s+=$${index + 1}} ${PRINT_SUM}`;
    return { args: ['-F', ',', program], program, column: `$${index + 1} (gpu_power)` };
  }
  if (format === 'dcgm-exporter') {
    const program = `/^DCGM_FI_DEV_POWER_USAGE[{ ]/ {s+=$(NF-1)} ${PRINT_SUM}`;
    return { args: [program], program, column: '$(NF-1) (the value before the timestamp) of DCGM_FI_DEV_POWER_USAGE samples' };
  }
  if (format === 'dcgmi-dmon') {
    // `<time> #Entity POWER TOTEC`: data rows are `<time> GPU <id> <POWER> <TOTEC>`.
    const names = header.trim().split(/\s+/);
    const entity = names.indexOf('#Entity');
    const power = names.indexOf('POWER');
    if (entity < 0 || power < 0) throw new Error('no "#Entity ... POWER" header on the first line of the dmon log');
    const field = power - entity + 2; // one more field for the entity id, 1-based
    const program = `$2=="GPU" {s+=$${field + 1}} ${PRINT_SUM}`;
    return { args: [program], program, column: `$${field + 1} (POWER) of GPU rows` };
  }
  throw new Error(`no awk sum for ${format}`);
}

/** A shell word for the command shown in the results. */
export function shellQuote(arg) {
  return /^[\w./=:,+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** What a carbon-ci JSON report says it did. */
export function summarizeReport(report) {
  const devices = Array.isArray(report.devices) ? report.devices : [];
  return {
    plugin: report.inputs?.plugin,
    energyJ: report.totals?.energyJ,
    devices: devices.length,
    coverage: report.coverage,
    window: report.window,
    warnings: Array.isArray(report.warnings) ? report.warnings.map((w) => w.code) : [],
  };
}
