import { describe, expect, it } from 'vitest';
import { deviceRef } from './device-ref.js';

describe('deviceRef', () => {
  it('takes the most stable identity given: the UUID, then host and index, then the index', () => {
    expect(deviceRef({ uuid: 'GPU-1a2b', host: 'node7', index: 3, model: 'NVIDIA H100' })).toEqual({ id: 'GPU-1a2b', uuid: 'GPU-1a2b', host: 'node7', index: 3, model: 'NVIDIA H100' });
    expect(deviceRef({ host: 'node7', index: 3 }).id).toBe('node7:gpu3');
    expect(deviceRef({ index: 0, vendor: 'amd' })).toEqual({ id: 'gpu0', index: 0, vendor: 'amd' });
    expect(deviceRef({ host: 'node7', index: 1, component: 'cpu' }).id).toBe('node7:cpu1');
    expect(deviceRef({ host: 'node7', component: 'node' }).id).toBe('node7:node');
  });

  it('counts placeholders and blanks as absent', () => {
    expect(deviceRef({ uuid: '[N/A]', host: ' ', index: 2, model: 'N/A' })).toEqual({ id: 'gpu2', index: 2 });
    expect(deviceRef({ uuid: '  GPU-x  ', index: -1 })).toEqual({ id: 'GPU-x', uuid: 'GPU-x' });
  });

  it('keeps a count above one, and refuses an identity with nothing to go by', () => {
    expect(deviceRef({ host: 'h', index: 0, count: 4 }).count).toBe(4);
    expect(deviceRef({ host: 'h', index: 0, count: 1 }).count).toBeUndefined();
    expect(() => deviceRef({ model: 'A100' })).toThrow(/uuid, an index, or a host/);
  });
});
