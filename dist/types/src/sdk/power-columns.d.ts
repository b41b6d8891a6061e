import type { ColumnsRecord, DeviceRef, EnergyCounterColumnsRecord, EnergyCounterRecord, PluginRecord, PowerColumnsRecord, PowerRecord, TelemetryRecord } from './records.js';
/**
 * Builds `power-columns` records for a plugin: add readings one by one, then `take` them as one
 * record (once per chunk of input, say). One record of thousands of rows costs the energy stage far
 * less than thousands of records.
 */
export declare class PowerColumnsBuilder {
    private deviceIndex;
    private timeMs;
    private powerW;
    private utilization;
    private withUtilization;
    private devices;
    /** Rows added since the last `take`. */
    get length(): number;
    /** A reading of `devices[deviceIndex]` (the array given to `take`); `utilization` 0..1, or NaN for none. */
    add(deviceIndex: number, timeMs: number, powerW: number, utilization?: number): void;
    /** The rows added since the last call, as one record whose `deviceIndex` refers to `devices`; undefined when there are none. */
    take(devices: readonly DeviceRef[]): PowerColumnsRecord | undefined;
}
/** Builds `energy-counter-columns` records as PowerColumnsBuilder builds `power-columns` ones, each reading a counter value in joules. */
export declare class EnergyCounterColumnsBuilder {
    private readonly rows;
    /** Rows added since the last `take`. */
    get length(): number;
    /** A reading of `devices[deviceIndex]` (the array given to `take`). */
    add(deviceIndex: number, timeMs: number, counterJ: number): void;
    /** The rows added since the last call, as one record whose `deviceIndex` refers to `devices`; undefined when there are none. */
    take(devices: readonly DeviceRef[]): EnergyCounterColumnsRecord | undefined;
}
/** What a plugin yielded, one reading per record: columns records expanded, the others as they are. */
export declare function expandRecords(records: readonly PluginRecord[]): TelemetryRecord[];
/** Whether a record holds readings in columns (and so has no origin). */
export declare function isColumnsRecord(record: PluginRecord): record is ColumnsRecord;
/** The rows of a `power-columns` record as PowerRecords (a row without utilisation has none). */
export declare function expandPowerColumns(record: PowerColumnsRecord): PowerRecord[];
/** The rows of an `energy-counter-columns` record as EnergyCounterRecords. */
export declare function expandEnergyCounterColumns(record: EnergyCounterColumnsRecord): EnergyCounterRecord[];
/** A columns record's columns by name (the optional `utilization` undefined when absent). */
export declare function columnsOf(record: ColumnsRecord): Record<string, ArrayLike<number> | undefined>;
/** Why a columns record cannot be read row by row (columns missing or of different lengths, an index out of range); empty when it can. */
export declare function columnsProblems(record: ColumnsRecord): string[];
/** An array, or a typed array: what the columns of a columns record may be. */
export declare function isColumn(value: unknown): value is ArrayLike<number>;
