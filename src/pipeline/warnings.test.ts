import { describe, expect, it } from 'vitest';
import type { DataWarning } from '../energy/types.js';
import { collectingLogger } from './warnings.js';

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
