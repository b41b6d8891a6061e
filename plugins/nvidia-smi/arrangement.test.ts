import { describe, expect, it } from 'vitest';
import { classifyRows } from './arrangement.js';

/** Timestamps of `samples` samples of `gpus` rows: sample k at k*intervalMs, row g at g*spreadMs. */
function interleaved(gpus: number, samples: number, intervalMs: number, spreadMs: number): number[] {
  const times: number[] = [];
  for (let k = 0; k < samples; k++) for (let g = 0; g < gpus; g++) times.push(1e12 + k * intervalMs + g * spreadMs);
  return times;
}

const flat = (n: number, watts = 300) => Array.from({ length: n }, (_, i) => watts + (i % 7));

describe('classifyRows', () => {
  it('one GPU at 1 s with jitter and a 6-minute gap is single', () => {
    const times: number[] = [];
    let t = 1e12;
    for (let i = 0; i < 1000; i++) {
      t += i === 500 ? 360_000 : 1000 + (i % 3) * 4;
      times.push(t);
    }
    expect(classifyRows(times, flat(times.length))).toMatchObject({ kind: 'single' });
  });

  it('one GPU with a few duplicated rows is still single (duplicates are for the energy stage)', () => {
    const times = interleaved(1, 500, 1000, 0);
    for (const i of [10, 200, 300]) times.splice(i, 0, times[i]!);
    expect(classifyRows(times, flat(times.length))).toMatchObject({ kind: 'single' });
  });

  it('one GPU sampled every 20 ms is single', () => {
    expect(classifyRows(interleaved(1, 2000, 20, 0), flat(2000))).toMatchObject({ kind: 'single' });
  });

  it('8 GPUs with the same timestamp each second are 8 interleaved GPUs', () => {
    expect(classifyRows(interleaved(8, 100, 1000, 0), flat(800))).toMatchObject({ kind: 'interleaved', gpus: 8 });
  });

  it('4 GPUs a few ms apart, 2 GPUs at 100 ms and 8 GPUs at 20 ms are interleaved', () => {
    expect(classifyRows(interleaved(4, 50, 1000, 3), flat(200))).toMatchObject({ kind: 'interleaved', gpus: 4 });
    expect(classifyRows(interleaved(2, 300, 100, 1), flat(600))).toMatchObject({ kind: 'interleaved', gpus: 2 });
    expect(classifyRows(interleaved(8, 100, 20, 1), flat(800))).toMatchObject({ kind: 'interleaved', gpus: 8 });
  });

  it('a sample with a GPU missing now and then does not change the count', () => {
    const times = interleaved(4, 100, 1000, 2);
    times.splice(40, 1);
    expect(classifyRows(times, flat(times.length))).toMatchObject({ kind: 'interleaved', gpus: 4 });
  });

  it('a single sample of several GPUs (all at one instant) is interleaved', () => {
    expect(classifyRows([5, 5, 5], [1, 2, 3])).toMatchObject({ kind: 'interleaved', gpus: 3 });
  });

  it('three loggers at different phases of the second are irregular', () => {
    const times: number[] = [];
    for (let k = 0; k < 200; k++) for (const phase of [0, 120, 500]) times.push(1e12 + k * 1000 + phase);
    const result = classifyRows(times, flat(times.length));
    expect(result.kind).toBe('irregular');
    expect(result.kind === 'irregular' && result.reason).toMatch(/varies irregularly/);
  });

  it('evenly spaced rows whose power zigzags with a period of 4 are irregular', () => {
    const times = interleaved(1, 400, 250, 0);
    const powers = times.map((_, i) => [80, 300, 310, 420][i % 4]! + (i % 3));
    const result = classifyRows(times, powers);
    expect(result).toMatchObject({ kind: 'irregular' });
    expect(result.kind === 'irregular' && result.reason).toMatch(/period of 4 rows/);
  });

  it('a smoothly varying single GPU is not mistaken for a zigzag', () => {
    const times = interleaved(1, 400, 1000, 0);
    const powers = times.map((_, i) => 200 + 150 * Math.sin(i / 20));
    expect(classifyRows(times, powers)).toMatchObject({ kind: 'single' });
  });
});
