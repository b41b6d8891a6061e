import { describe, expect, it } from 'vitest';
import { providersFromProfile } from '../provider-profile.js';

const node = (name: string, provider: string) => ({ cat: 'Node', name, args: { provider, op_name: 'X' } });

describe('providersFromProfile', () => {
  it('says cuda when any node ran on the CUDA provider, counting distinct nodes per provider', () => {
    const usage = providersFromProfile([
      { cat: 'Session', name: 'model_loading_uri' },
      node('MatMul_kernel_time', 'CUDAExecutionProvider'),
      node('MatMul_kernel_time', 'CUDAExecutionProvider'),
      node('Relu_kernel_time', 'CUDAExecutionProvider'),
      node('Shape_kernel_time', 'CPUExecutionProvider'),
    ]);
    expect(usage.executionProvider).toBe('cuda');
    expect(usage.nodesByProvider).toEqual({ CUDAExecutionProvider: 2, CPUExecutionProvider: 1 });
  });

  it('says cpu when every node ran on CPU, and nothing for an empty or malformed profile', () => {
    expect(providersFromProfile([node('a', 'CPUExecutionProvider')]).executionProvider).toBe('cpu');
    expect(providersFromProfile([]).executionProvider).toBeUndefined();
    expect(providersFromProfile({ not: 'a list' }).nodesByProvider).toEqual({});
  });
});
