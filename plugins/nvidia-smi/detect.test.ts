import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectNvidiaSmi } from './detect.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').replace(/^\ufeff/, '');
const detect = (head: string, path = 'x.csv') => detectNvidiaSmi({ path, head });

describe('detect', () => {
  it('is sure of headers with power.draw and nvidia-smi field names', () => {
    for (const name of ['real-a-idle-units.csv', 'real-b-no-timestamp.csv', 'real-c-nounits-no-timestamp.csv', 'real-d-nounits.csv', 'multi-uuid-units.csv', 'multi-index-nounits.csv', 'power-average-only.csv', 'bom-crlf.csv']) {
      expect(detect(fixture(name)), name).toBe(0.95);
    }
    expect(detect('timestamp, power.draw [W]')).toBe(0.95);
  });

  it('is fairly sure of a header with power.draw and a field it does not know', () => {
    expect(detect('timestamp, power.draw [W], my.custom_field\n')).toBe(0.8);
  });

  it('claims an nvidia-smi header without power.draw at medium confidence, so the reader can say what is missing', () => {
    expect(detect(fixture('no-power.csv'))).toBe(0.6);
  });

  it('gives headerless rows medium confidence', () => {
    expect(detect(fixture('real-f-noheader-uuid.csv'))).toBe(0.5);
    expect(detect('2024/01/15 10:23:45.000, 0, 300.00 W\n2024/01/15 10:23:46.000, 0, 301.00 W\n')).toBe(0.5);
    expect(detect(fixture('real-e-noheader-na.csv'))).toBe(0.3);
  });

  it('does not claim other formats', () => {
    expect(detect(fixture('bad/other-dmon.txt'))).toBe(0);
    expect(detect(fixture('bad/other-codecarbon.csv'))).toBe(0);
    expect(detect(fixture('bad/other.json'))).toBe(0);
    expect(detect('')).toBe(0);
    expect(detect('DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-1"} 409.692000\n')).toBe(0);
    expect(detect('# HELP DCGM_FI_DEV_POWER_USAGE Power usage.\n')).toBe(0);
    expect(detect('time,gpu,power\n1,0,300\n')).toBe(0);
    expect(detect('timestamp,power.draw\n2024/01/01 00:00:00.000,300\n')).toBe(0);
    expect(detect('hello world\nthis is text\n')).toBe(0);
    expect(detect('a, b, c\n1, 2, 3\n')).toBe(0);
    expect(detect('1, 2, 3\n4, 5, 6\n')).toBe(0.2);
  });
});
