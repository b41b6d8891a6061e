import type { DeviceRef } from 'carbon-ci';

/** DCGM's blank values (DCGM_FP64_BLANK = 2^47 and the int64 blanks above it, `dcgm_fields.h`). */
export const DCGM_BLANK_MIN = 140_737_488_355_328;

/** The GPU fields of a DCGM exporter series' labels (in its text format or from a Prometheus server). */
function deviceFields(labels: Record<string, string>): { uuid?: string; index?: number; host?: string; model?: string } {
  const pick = (...names: string[]) => names.map((name) => labels[name]).find((value) => value !== undefined && value !== '');
  const gpu = pick('gpu');
  return {
    uuid: pick('UUID', 'uuid', 'gpu_uuid'),
    index: gpu !== undefined && /^\d+$/.test(gpu) ? Number(gpu) : undefined,
    host: pick('Hostname', 'hostname'),
    model: pick('modelName', 'model_name'),
  };
}

/** Hands out one shared DeviceRef per GPU: by UUID when the source has one, else by host and index. */
export class DeviceRegistry {
  private readonly byId = new Map<string, DeviceRef>();

  constructor(private readonly defaultHost: string | undefined) {}

  /** The GPU of a DCGM exporter series, from its labels; undefined when they name none. */
  ofLabels(labels: Record<string, string>): DeviceRef | undefined {
    return this.get(deviceFields(labels));
  }

  get(fields: { uuid?: string; index?: number; host?: string; model?: string }): DeviceRef | undefined {
    const host = fields.host ?? this.defaultHost;
    let id: string;
    if (fields.uuid) id = fields.uuid;
    else if (fields.index !== undefined) id = host ? `${host}:gpu${fields.index}` : `gpu${fields.index}`;
    else return undefined;
    let device = this.byId.get(id);
    if (!device) {
      device = { id, vendor: 'nvidia' };
      if (fields.model) device.model = fields.model;
      if (host) device.host = host;
      if (fields.index !== undefined) device.index = fields.index;
      if (fields.uuid) device.uuid = fields.uuid;
      this.byId.set(id, device);
    }
    return device;
  }
}
