import { describe, expect, it } from 'vitest';
import type { DataWarning } from '../energy/types.js';
import { collapseRepeats, collectingLogger } from './warnings.js';

describe('collectingLogger', () => {
  it('turns a leading file and line into fields', () => {
    const sink: DataWarning[] = [];
    const log = collectingLogger(sink, 'telemetry', undefined, ['logs/a.csv', 'logs/b.csv']);
    log.warn('logs/b.csv:32: the last line is cut short; dropped');
    log.warn('logs/a.csv: no index column');
    log.warn('other/c.csv:3: not one of ours');
    expect(sink).toEqual([
      { code: 'telemetry', message: 'the last line is cut short; dropped', file: 'logs/b.csv', line: 32 },
      { code: 'telemetry', message: 'no index column', file: 'logs/a.csv' },
      { code: 'telemetry', message: 'other/c.csv:3: not one of ours' },
    ]);
  });

  it('folds repeats into one warning with a count and forwards every one', () => {
    const sink: DataWarning[] = [];
    const forwarded: string[] = [];
    const log = collectingLogger(sink, 'x', { debug() {}, info() {}, warn: (m) => forwarded.push(m) });
    log.warn('same');
    log.warn('same');
    log.warn('same');
    expect(sink).toEqual([{ code: 'x', message: 'same', count: 3 }]);
    expect(forwarded).toHaveLength(3);
  });
});

describe('collapseRepeats', () => {
  const w = (code: string, deviceId?: string, count?: number) => ({ code, message: `${deviceId ?? 'file'}: ${code}.`, ...(deviceId ? { deviceId } : {}), ...(count ? { count } : {}) });

  it('folds one code over more than three devices into its first warning, naming the others, in place', () => {
    const list = [w('time-zone-default'), ...['g0', 'g1', 'g2', 'g3', 'g4'].map((id) => w('gaps', id, 2)), w('other', 'g0')];
    const out = collapseRepeats(list);
    expect(out.map((x) => x.code)).toEqual(['time-zone-default', 'gaps', 'other']);
    expect(out[1]).toEqual({ code: 'gaps', count: 10, message: 'g0: gaps. The same (gaps) for 4 more devices: g1, g2, g3, g4; the JSON report\'s devices give each one\'s figures.' });
    expect(out[2]).toEqual(list[6]);
  });

  it('keeps three or fewer as they are, and lists at most eight ids', () => {
    const three = ['a', 'b', 'c'].map((id) => w('gaps', id));
    expect(collapseRepeats(three)).toEqual(three);
    const many = Array.from({ length: 64 }, (_, i) => w('evidence-ignored', `GPU-${i}`));
    const [one] = collapseRepeats(many);
    expect(one!.message).toMatch(/for 63 more devices: GPU-1, GPU-2, GPU-3, GPU-4, GPU-5, GPU-6, GPU-7, GPU-8 and 55 more;/);
  });
});
