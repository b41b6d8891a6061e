import type { RecordOrigin } from '../sdk/records.js';

/** Why a record (or a value in it) was not used. */
export type DropCode =
  | 'invalid-value'
  | 'negative-power'
  | 'implausible-power'
  | 'time-backwards'
  | 'duplicate-sample'
  | 'negative-counter'
  | 'negative-energy'
  | 'invalid-interval'
  | 'invalid-utilization'
  | 'no-reading';

export interface DropTally {
  count: number;
  /** Where the first one was. */
  origin: RecordOrigin | undefined;
}

/** What one track dropped, and how much unbridged time lies around the drops. */
export class Drops {
  readonly tallies = new Map<DropCode, DropTally>();
  /** A record was dropped since the last accepted one. */
  pending = false;
  /** Length of the unbridged intervals that had dropped records inside them (ms). */
  lostMs = 0;

  note(code: DropCode, origin: RecordOrigin | undefined): void {
    const tally = this.tallies.get(code);
    if (tally) tally.count += 1;
    else this.tallies.set(code, { count: 1, origin });
    if (code !== 'invalid-utilization') this.pending = true;
  }
}
