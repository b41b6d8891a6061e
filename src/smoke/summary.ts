import type { SmokeResult } from '../report/types.js';

/** A plain-text summary of a smoke test, for a terminal or a log. */
export function formatSmokeSummary(result: SmokeResult): string {
  const lines = [`Smoke test of ${result.model}: ${result.passed ? 'PASSED' : 'FAILED'}`];
  const asked = result.requestedDevice === 'auto' ? 'auto' : result.requestedDevice;
  lines.push(`  execution provider: ${result.executionProvider} (requested: ${asked})${nodeSplit(result)}`);
  if (result.fallbackReason) lines.push(`  fallback: ${result.fallbackReason}`);
  for (const check of result.checks) {
    lines.push(`  ${check.passed ? 'pass' : 'FAIL'}  ${check.name}: ${check.message}`);
  }
  if (result.iterations > 0) {
    const l = result.latencyMs;
    lines.push(
      `  load ${ms(result.loadMs)}; latency mean ${ms(l.mean)}, p50 ${ms(l.p50)}, p95 ${ms(l.p95)} over ${result.iterations} runs` +
        ` (batch ${result.batchSize}); ${result.throughputPerS.toFixed(1)} inferences/s`,
    );
    lines.push(`  energy per inference: ${joules(result.energyPerInferenceJ)} (${result.energyMethod})`);
    if (result.energyNote) lines.push(`    ${result.energyNote}`);
    const factors = result.factors ? ` (PUE ${result.factors.pue.value}, ${result.factors.intensity.gPerKWh} g/kWh for ${result.factors.intensity.location})` : '';
    lines.push(`  CO2e per 1,000 inferences: ${grams(result.co2ePer1kInferencesG)}${factors}`);
  }
  return `${lines.join('\n')}\n`;
}

function nodeSplit(result: SmokeResult): string {
  const entries = Object.entries(result.nodesByProvider ?? {});
  if (entries.length === 0) return '';
  return `; nodes: ${entries.map(([provider, count]) => `${count} on ${provider}`).join(', ')}`;
}

function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toPrecision(3)} ms`;
}

function joules(value: number): string {
  if (value >= 1) return `${value.toPrecision(3)} J`;
  if (value >= 1e-3) return `${(value * 1e3).toPrecision(3)} mJ`;
  return `${(value * 1e6).toPrecision(3)} µJ`;
}

function grams(value: number): string {
  if (value >= 1) return `${value.toPrecision(3)} g`;
  if (value >= 1e-3) return `${(value * 1e3).toPrecision(3)} mg`;
  return `${(value * 1e6).toPrecision(3)} µg`;
}
