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
export declare function deviceRef(identity: DeviceIdentity): DeviceRef;
