import type { PowerSeries } from '../report/types.js';
import { formatSignificant } from './format.js';

/** GitHub renders Mermaid; more points than this make the chart slow and unreadable. */
const MAX_POINTS = 96;

/** Average consecutive steps so that at most `maxPoints` remain; all-null groups stay null. */
export function downsample(series: PowerSeries, maxPoints = MAX_POINTS): PowerSeries {
  const n = series.powerW.length;
  if (n <= maxPoints) return series;
  const factor = Math.ceil(n / maxPoints);
  const powerW: (number | null)[] = [];
  for (let i = 0; i < n; i += factor) {
    let sum = 0;
    let count = 0;
    for (let j = i; j < Math.min(n, i + factor); j++) {
      const v = series.powerW[j];
      if (v !== null && v !== undefined) {
        sum += v;
        count++;
      }
    }
    powerW.push(count > 0 ? sum / count : null);
  }
  return { stepS: series.stepS * factor, start: series.start, powerW };
}

/**
 * A Mermaid `xychart-beta` line of total power over time, or undefined when there is nothing to
 * draw. Steps without data are drawn at 0 (Mermaid lines have no gaps); the caption says so.
 * Only numbers come from the report: the title and axis labels are carbon-ci's own, since Mermaid
 * has a syntax of its own that escapeMarkdown does not cover.
 */
export function mermaidPowerChart(series: PowerSeries): { mermaid: string; hasMissing: boolean; stepS: number; seriesStepS: number } | undefined {
  const points = downsample(series);
  const values = points.powerW;
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return undefined;
  const maxW = Math.max(...known);
  const inKW = maxW >= 1000;
  const scale = inKW ? 1 / 1000 : 1;
  const totalS = series.stepS * series.powerW.length;
  const inHours = totalS > 3 * 3600;
  const timeUnit = inHours ? 3600 : 60;
  const xMax = totalS / timeUnit;
  const yMax = niceCeiling(maxW * scale * 1.05);
  const line = values.map((v) => (v === null ? '0' : formatSignificant(v * scale, 4).replace(/,/g, '')));
  const mermaid = [
    'xychart-beta',
    `  title "Total power of all devices"`,
    `  x-axis "time since start (${inHours ? 'h' : 'min'})" 0 --> ${formatSignificant(xMax, 3).replace(/,/g, '')}`,
    `  y-axis "power (${inKW ? 'kW' : 'W'})" 0 --> ${yMax}`,
    `  line [${line.join(', ')}]`,
  ].join('\n');
  return { mermaid, hasMissing: known.length < values.length, stepS: points.stepS, seriesStepS: series.stepS };
}

/** The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k) at or above `value`. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * power >= value) return Number((step * power).toPrecision(3));
  }
  return 10 * power;
}
