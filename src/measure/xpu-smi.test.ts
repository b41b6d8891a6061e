import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateXpuSmiLog, intelGpuSelection } from './xpu-smi.js';

describe('xpu-smi sampler', () => {
  it('takes --gpus as xpu-smi device ids, else the devices of ZE_AFFINITY_MASK, and no NVIDIA UUIDs', () => {
    expect(intelGpuSelection(undefined, {})).toBeUndefined();
    expect(intelGpuSelection(undefined, { ZE_AFFINITY_MASK: '' })).toBeUndefined();
    expect(intelGpuSelection(undefined, { ZE_AFFINITY_MASK: '0.1,0.0,2' })).toEqual(['0', '2']);
    expect(intelGpuSelection('1,0000:4d:00.0', { ZE_AFFINITY_MASK: '0' })).toEqual(['1', '0000:4d:00.0']);
    expect(intelGpuSelection('GPU-0a0a0a0a-1111-2222-3333-444444444444', {})).toBeNull();
  });

  it('dates the time-of-day stamps from the day the run started in its zone, the next day after midnight', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-xpu-date-'));
    const raw = join(dir, 'xpu-smi-raw.csv');
    writeFileSync(
      raw,
      [
        'Timestamp, DeviceId, GPU Power (W), GPU Energy Consumed (J)',
        '23:59:58.500,    0, 300.00, 1000.00',
        '00:00:00.500,    0, 300.00, 1600.00',
        '2026-03-05T00:00:01.500,    0, 300.00, 1900.00',
        '00:00:01',
        '',
      ].join('\n'),
    );
    // 2026-03-04 23:59:58 in Tokyo is 14:59:58 UTC.
    const startedMs = Date.UTC(2026, 2, 4, 14, 59, 58);
    const out = await dateXpuSmiLog(raw, join(dir, 'xpu-smi.csv'), startedMs, 'Asia/Tokyo');
    expect(existsSync(raw)).toBe(false);
    expect(readFileSync(out, 'utf8').split('\n')).toEqual([
      'Timestamp, DeviceId, GPU Power (W), GPU Energy Consumed (J)',
      '2026-03-04T23:59:58.500,    0, 300.00, 1000.00',
      '2026-03-05T00:00:00.500,    0, 300.00, 1600.00',
      '2026-03-05T00:00:01.500,    0, 300.00, 1900.00',
      '00:00:01',
      '',
    ]);
  });
});
