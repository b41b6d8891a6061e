import { PowerColumnsBuilder } from 'carbon-ci';
import type { DeviceRef, PowerColumnsRecord } from 'carbon-ci';

/** The power readings of a dmon log, as `power-columns` records over the devices met so far. */
export class DmonPowerColumns {
  private readonly builder: PowerColumnsBuilder;
  private readonly devices: DeviceRef[] = [];
  private readonly columnByDevice = new Map<DeviceRef, number>();

  /** `reuse`: each record's columns are read before the next batch is made (PluginContext.batchesReadAtOnce). */
  constructor(reuse: boolean) {
    this.builder = new PowerColumnsBuilder({ reuse });
  }

  /** Readings added since the last `take`. */
  get length(): number {
    return this.builder.length;
  }

  /** The device's place in the records' `devices`. */
  columnOf(device: DeviceRef): number {
    let column = this.columnByDevice.get(device);
    if (column === undefined) this.columnByDevice.set(device, (column = this.devices.push(device) - 1));
    return column;
  }

  add(column: number, timeMs: number, powerW: number): void {
    this.builder.add(column, timeMs, powerW);
  }

  /** The readings added since the last call, as one record; undefined when there are none. */
  take(): PowerColumnsRecord | undefined {
    return this.builder.take(this.devices);
  }

  /** The records taken so far were read: their columns may be written over. */
  newBatch(): void {
    this.builder.newBatch();
  }
}
