import type { SmokeResult } from '../report/types.js';
import type { Style } from './ansi.js';
import { codeText, escapeMarkdown, stripControls } from './escape.js';
import { formatCo2e, formatSignificant } from './format.js';
import { markdownTable } from './table.js';

/** Energy of one inference, in the unit that suits it: µJ, mJ, J or kJ. */
export function formatJoules(energyJ: number): string {
  const abs = Math.abs(energyJ);
  if (abs === 0) return '0 J';
  if (abs < 1e-3) return `${formatSignificant(energyJ * 1e6)} µJ`;
  if (abs < 1) return `${formatSignificant(energyJ * 1e3)} mJ`;
  if (abs < 1e3) return `${formatSignificant(energyJ)} J`;
  return `${formatSignificant(energyJ / 1e3)} kJ`;
}

/** The cells every rendering shows: checks, provider, latency, energy and CO2e per inference. */
export function smokeCells(result: SmokeResult): { checks: string; provider: string; latency: string; energy: string; co2e: string } {
  const passed = result.checks.filter((c) => c.passed).length;
  const ran = result.iterations > 0;
  return {
    checks: `${passed} of ${result.checks.length} passed`,
    provider:
      result.executionProvider === 'none'
        ? 'none (not loaded)'
        : `${result.executionProvider}${result.fallbackReason ? ` (fell back from ${result.requestedDevice === 'auto' ? 'CUDA' : result.requestedDevice})` : ''}`,
    latency: ran ? `${formatSignificant(result.latencyMs.p50)} ms / ${formatSignificant(result.latencyMs.p95)} ms` : '—',
    energy: ran ? `${formatJoules(result.energyPerInferenceJ)} (${result.energyMethod})` : '—',
    co2e: ran ? formatCo2e(result.co2ePer1kInferencesG) : '—',
  };
}

/**
 * The smoke test in the PR comment: a one-row table (checks, provider, latency p50 / p95, energy per
 * inference, CO2e per 1,000 inferences), the failed checks, and the rest folded away. Strings from
 * the result (model, checks, providers, notes) are escaped: a report may come from a fork's artifact.
 */
export function smokeMarkdown(result: SmokeResult): string {
  const cells = smokeCells(result);
  const runs = result.iterations > 0 ? `, batch ${result.batchSize}, ${result.iterations} timed runs${result.warmup !== undefined ? ` after ${result.warmup} warm-up` : ''}` : '';
  const failed = result.checks.filter((c) => !c.passed);
  const lines = [
    `#### Smoke test: ${result.passed ? '✅ passed' : '❌ failed'}`,
    '',
    `${codeText(result.model)}, device ${escapeMarkdown(result.requestedDevice)}${runs}.`,
    '',
    ...markdownTable(
      ['checks', 'provider', 'latency p50 / p95', 'energy per inference', 'CO2e per 1,000 inferences'],
      [[`${result.passed ? '✅' : '❌'} ${cells.checks}`, cells.provider, cells.latency, cells.energy, cells.co2e]],
      ['left', 'left', 'right', 'right', 'right'],
    ),
  ];
  if (failed.length > 0) lines.push('', ...failed.map(checkLine));
  const details = [
    ...result.checks.filter((c) => c.passed).map(checkLine),
    ...(result.fallbackReason ? [`- Fell back to CPU: ${escapeMarkdown(result.fallbackReason)}`] : []),
    ...(result.nodesByProvider && Object.keys(result.nodesByProvider).length > 0
      ? [`- Nodes by execution provider: ${Object.entries(result.nodesByProvider).map(([p, n]) => `${escapeMarkdown(p)} ${n}`).join(', ')}`]
      : []),
    ...(result.iterations > 0
      ? [`- Load ${formatSignificant(result.loadMs)} ms, mean latency ${formatSignificant(result.latencyMs.mean)} ms, ${formatSignificant(result.throughputPerS)} inferences/s.`]
      : []),
    ...(result.energyNote ? [`- Energy: ${escapeMarkdown(result.energyNote)}`] : []),
  ];
  if (details.length > 0) lines.push('', '<details>', '<summary>Smoke test details</summary>', '', ...details, '', '</details>');
  return lines.join('\n');
}

function checkLine(check: SmokeResult['checks'][number]): string {
  return `- ${check.passed ? '✅' : '❌'} ${escapeMarkdown(check.name)}: ${escapeMarkdown(check.message)}`;
}

/** The smoke test in the CLI's summary: one line, then the failed checks. */
export function smokeTerminalLines(result: SmokeResult, s: Style): string[] {
  const cells = smokeCells(result);
  const out = [
    `Smoke test: ${result.passed ? s.good('pass') : s.bad('FAIL')} - ${stripControls(result.model)} on ${stripControls(cells.provider)}, ${cells.checks}, ` +
      `p50 / p95 ${cells.latency}, ${cells.energy} and ${cells.co2e} CO2e per 1000 inferences`,
  ];
  for (const check of result.checks.filter((c) => !c.passed)) out.push(`  ${s.bad('✗')} ${stripControls(check.name)}: ${stripControls(check.message.split('\n')[0]!)}`);
  return out;
}
