import type { Command } from 'commander';
import { runReport } from '../../pipeline/index.js';
import type { CliIO } from '../io.js';
import { cliLogger } from '../logger.js';
import { writeOutputs } from '../output.js';
import { parseIntensity, parseMaxGap, parsePue } from '../parse.js';
import { runIdentityFromEnv } from '../run-identity.js';

interface ReportFlags {
  plugin: string;
  location?: string;
  pue?: number;
  intensity?: number;
  timezone?: string;
  maxGap?: number | 'auto';
  json?: string;
  markdown?: string;
  color: boolean;
}

export function registerReportCommand(program: Command, io: CliIO): void {
  program
    .command('report')
    .description('report the energy and CO2e of a job from its telemetry files (e.g. nvidia-smi CSV logs)')
    .argument('<files...>', 'telemetry files or globs (quote globs)')
    .option('--plugin <name>', 'telemetry format, or "auto" to detect it per file', 'auto')
    .option('--location <loc>', 'where the energy was used: a country (FR), a US state (US-CA) or a cloud region (aws:us-east-1, gcp:europe-west4, azure:westeurope)')
    .option('--pue <n>', 'power usage effectiveness of the facility; overrides the one the location implies', parsePue)
    .option('--intensity <g-per-kwh>', 'grid carbon intensity in g CO2e/kWh; overrides the one the location implies', parseIntensity)
    .option('--timezone <tz>', 'IANA zone of timestamps that carry none, e.g. America/Los_Angeles (default: UTC)')
    .option('--max-gap <s>', 'samples further apart than this many seconds are not bridged, or "auto"', parseMaxGap)
    .option('--json <path|->', 'write the Report JSON to a file, or "-" for standard output (only the JSON goes there)')
    .option('--markdown <path>', 'write the PR-comment Markdown to a file')
    .option('--no-color', 'plain text, no ANSI colours')
    .action(async (files: string[], flags: ReportFlags) => {
      const report = await runReport({
        inputs: files,
        cwd: io.cwd,
        plugin: flags.plugin,
        location: flags.location,
        pue: flags.pue,
        intensityGPerKWh: flags.intensity,
        timeZone: flags.timezone,
        maxGapS: flags.maxGap,
        run: runIdentityFromEnv(io.env),
        log: cliLogger(io),
      });
      await writeOutputs(report, { json: flags.json, markdown: flags.markdown, color: flags.color }, io);
    });
}
