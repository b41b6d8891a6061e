// Which device a column or a device field names, as the other plugins identify it (gpuN, host:gpuN, a UUID).
import { deviceRef } from 'carbon-ci';
import type { DeviceRef } from 'carbon-ci';
import { COMPONENT_LABELS } from './columns.js';
import type { CsvOptions, Series } from './plan.js';
import { DEVICE_CEILING_W, NODE_CEILING_W } from './units.js';

const INDEXED = /^(?:gpu|cuda|card|device|dev)?[\s_:.-]*(\d+)$/i;
const UUID = /^(?:GPU|MIG)-[0-9a-fA-F-]{8,}$/;

function withModel(device: DeviceRef, options: CsvOptions): DeviceRef {
  return options.model ? { ...device, model: options.model } : device;
}

/** The device a device-column value names: an index (`0`, `gpu1`, `cuda:2`), a UUID, or a name read as a host. */
export function deviceOfValue(text: string, options: CsvOptions): DeviceRef | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const component = options.component ?? 'gpu';
  const indexed = INDEXED.exec(value);
  if (indexed) return withModel(deviceRef({ index: Number(indexed[1]), component, host: options.host }), options);
  if (UUID.test(value)) return withModel(deviceRef({ uuid: value, host: options.host }), options);
  return withModel(deviceRef({ host: options.host ? `${options.host}:${value}` : value, component }), options);
}

/**
 * The device of a column in a wide log: `GPU0` is gpu0; `cpu_power_W` is cpu0; with several columns, another
 * name (`n1_watts`) is a machine (`n1:node`); a single column is device 0 of the `component` option (a GPU).
 */
export function deviceOfSeries(series: Series, count: number, parts: number, options: CsvOptions): DeviceRef {
  const { host } = options;
  if (series.total) return withModel(deviceRef({ host: options.host ?? 'all', component: options.component ?? 'node', ...(parts > 1 ? { count: parts } : {}) }), options);
  const indexed = INDEXED.exec(series.label);
  if (indexed && series.label !== '') return withModel(deviceRef({ index: Number(indexed[1]), component: options.component ?? 'gpu', host }), options);
  const component = COMPONENT_LABELS[series.label];
  if (component) return withModel(deviceRef({ index: 0, component, host }), options);
  if (count === 1 || series.label === '' || series.label === 'gpu') return withModel(deviceRef({ index: 0, component: options.component ?? 'gpu', host }), options);
  return withModel(deviceRef({ host: options.host ? `${options.host}:${series.label}` : series.label, component: options.component ?? 'node' }), options);
}

/** The most one reading of this device can be, in W (the energy stage's default ceilings). */
export function ceilingW(device: DeviceRef): number {
  return (device.component === 'node' ? NODE_CEILING_W : DEVICE_CEILING_W) * (device.count ?? 1);
}
