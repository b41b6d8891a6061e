import { describe, expect, it } from 'vitest';
import { pluginOptionsFromPairs } from './options.js';

describe('pluginOptionsFromPairs', () => {
  it('routes options to the chosen plugin, a named one, or every plugin that declares them', () => {
    const plugins = [
      { name: 'hf-trainer', options: { properties: { gpu: {}, count: {}, host: {} } } },
      { name: 'wandb', options: { properties: { host: {}, model: {} } } },
    ];
    expect(pluginOptionsFromPairs(['gpu=NVIDIA A100-SXM4-80GB', 'count=8'], plugins, 'hf-trainer')).toEqual({ 'hf-trainer': { gpu: 'NVIDIA A100-SXM4-80GB', count: '8' } });
    expect(pluginOptionsFromPairs(['host=node-1', 'wandb.model=A10G', 'count=2'], plugins, 'auto')).toEqual({
      'hf-trainer': { host: 'node-1', count: '2' },
      wandb: { host: 'node-1', model: 'A10G' },
    });
    expect(() => pluginOptionsFromPairs(['nope=1'], plugins)).toThrow(/no plugin takes the option "nope"/);
    expect(() => pluginOptionsFromPairs(['gpu'], plugins)).toThrow(/"gpu" is not name=value/);
  });
});
