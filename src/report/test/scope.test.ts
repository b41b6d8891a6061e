import { describe, expect, it } from 'vitest';
import { describeScope } from '../../render/terminal.js';
import { scopeOf } from '../build.js';

describe('scopeOf', () => {
  it('labels a GPU-only total, a device without a component being a GPU', () => {
    const scope = scopeOf([{ method: 'power-integral' }, { component: 'gpu', method: 'counter' }]);
    expect(scope.gpu).toEqual({ counted: 'measured', devices: 2, methods: ['counter', 'power-integral'] });
    expect(scope.cpu).toEqual({ counted: 'not-counted', devices: 0, methods: [] });
    expect(scope.gpuOnly).toBe(true);
    expect(describeScope(scope)).toBe(
      'Scope: GPUs measured (energy counter, power integral); CPU, memory not counted: a GPU-only total, without the host (CPU, memory, storage, network).',
    );
  });

  it('names reported and estimated components, and what is left out', () => {
    const scope = scopeOf([
      { component: 'gpu', method: 'reported' },
      { component: 'cpu', method: 'reported' },
      { component: 'cpu', method: 'estimate' },
    ]);
    expect(scope.cpu).toEqual({ counted: 'reported', devices: 2, methods: ['reported', 'estimate'] });
    expect(scope.gpuOnly).toBe(false);
    expect(describeScope(scope)).toBe('Scope: GPUs reported (reported by the source); CPU reported (reported by the source, power × utilisation × time); memory not counted.');
  });

  it('puts CPU and memory inside a whole-node figure', () => {
    const scope = scopeOf([{ component: 'node', method: 'reported' }]);
    expect(scope.cpu.counted).toBe('in-node');
    expect(scope.gpu.counted).toBe('in-node');
    expect(describeScope(scope)).toBe('Scope: whole nodes reported (reported by the source); GPUs, CPU, memory inside the node figures.');
  });

  it('says when nothing is counted', () => {
    expect(describeScope(scopeOf([]))).toBe('Scope: GPUs, CPU, memory not counted.');
  });
});
