import type { DeviceRef } from 'carbon-ci';

/** DCGM's blank values (DCGM_FP64_BLANK = 2^47 and the int64 blanks above it, `dcgm_fields.h`). */
export const DCGM_BLANK_MIN = 140_737_488_355_328;

/** Hands out one shared DeviceRef per GPU: by UUID when the source has one, else by host and index. */
export class DeviceRegistry {
  private readonly byId = new Map<string, DeviceRef>();

  constructor(private readonly defaultHost: string | undefined) {}

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
