import type { DeviceRef, Vendor } from './records.js';

/** What a source says of a device; `deviceRef` picks the most stable identity among them. */
export interface DeviceIdentity {
  /** The GPU's UUID (`GPU-…`): the same on every host and rank, so it wins when present. */
  uuid?: string;
  /** The host the device is on (several hosts' GPU 0 are different GPUs). */
  host?: string;
  /** The device's index on its host, as the source numbers it. */
  index?: number;
  model?: string;
  vendor?: Vendor;
  component?: DeviceRef['component'];
  /** How many identical devices the readings stand for (see DeviceRef.count). */
  count?: number;
}

/**
 * A DeviceRef whose `id` is the most stable identity given: the UUID, else `host:gpuN`, else `gpuN`
 * (a CPU or memory component: `host:cpuN` / `cpuN`, `host:ramN` / `ramN`). Empty and `[N/A]`-style
 * values count as absent. Make one per device and share it across that device's records.
 */
export function deviceRef(identity: DeviceIdentity): DeviceRef {
  const uuid = present(identity.uuid);
  const host = present(identity.host);
  const index = identity.index !== undefined && Number.isInteger(identity.index) && identity.index >= 0 ? identity.index : undefined;
  let id: string;
  if (uuid !== undefined) id = uuid;
  else if (index !== undefined) id = `${host !== undefined ? `${host}:` : ''}${prefixOf(identity.component)}${index}`;
  else if (host !== undefined) id = `${host}:${identity.component ?? 'gpu'}`;
  else throw new TypeError('deviceRef: give a uuid, an index, or a host');
  const ref: DeviceRef = { id };
  if (uuid !== undefined) ref.uuid = uuid;
  if (host !== undefined) ref.host = host;
  if (index !== undefined) ref.index = index;
  const model = present(identity.model);
  if (model !== undefined) ref.model = model;
  if (identity.vendor !== undefined) ref.vendor = identity.vendor;
  if (identity.component !== undefined) ref.component = identity.component;
  if (identity.count !== undefined && identity.count !== 1) ref.count = identity.count;
  return ref;
}

function prefixOf(component: DeviceRef['component']): string {
  return component === undefined || component === 'gpu' ? 'gpu' : component;
}

function present(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === '' || /^\[.*\]$/.test(trimmed) || /^n\/?a$/i.test(trimmed) ? undefined : trimmed;
}
