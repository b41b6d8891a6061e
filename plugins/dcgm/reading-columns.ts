import { EnergyCounterColumnsBuilder, PowerColumnsBuilder } from 'carbon-ci';
import type { ColumnsRecord, DeviceRef } from 'carbon-ci';

/** The readings of one file, gathered as `power-columns` and `energy-counter-columns` records over the devices met so far. */
export class ReadingColumns {
  private readonly power = new PowerColumnsBuilder();
  private readonly counters = new EnergyCounterColumnsBuilder();
  private readonly devices: DeviceRef[] = [];
  private readonly columnByDevice = new Map<DeviceRef, number>();

  /** Readings added since the last `take`. */
  get length(): number {
    return this.power.length + this.counters.length;
  }

  /** The device's place in the records' `devices`. */
  columnOf(device: DeviceRef): number {
    let column = this.columnByDevice.get(device);
    if (column === undefined) this.columnByDevice.set(device, (column = this.devices.push(device) - 1));
    return column;
  }

  addPower(column: number, timeMs: number, powerW: number): void {
    this.power.add(column, timeMs, powerW);
  }

  addCounter(column: number, timeMs: number, counterJ: number): void {
    this.counters.add(column, timeMs, counterJ);
  }

  /** The readings added since the last call, as one record of each kind that has some. */
  take(): ColumnsRecord[] {
    const records: ColumnsRecord[] = [];
    const counters = this.counters.take(this.devices);
    if (counters) records.push(counters);
    const power = this.power.take(this.devices);
    if (power) records.push(power);
    return records;
  }
}
