import { InputError } from 'carbon-ci';
import type { Logger } from 'carbon-ci';
import { powerUnitScale, type Layout } from './fields.js';
import { textOf, trimBlanksEnd } from './scan.js';
import { droppedUnitsText } from '../shared/units.js';

/** The value has no unit of its own: the header's applies. */
const NO_UNIT = 0;
/** The value's unit is not a power unit (`MHz`, `%`, ...). */
const OTHER_UNIT = -1;

function isUnitByte(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 37;
}

/** Where the unit written after a value in `bytes[start, end)` starts; `end` (blanks aside) when it has none. */
function unitStart(bytes: Uint8Array, start: number, end: number): number {
  let u = trimBlanksEnd(bytes, start, end);
  while (u > start && isUnitByte(bytes[u - 1]!)) u--;
  return u;
}

/**
 * What multiplies the value in `bytes[start, end)` to W by its own unit (`62.87 W`, `0.2 kW`,
 * `150000 mW`): NO_UNIT when it has none, OTHER_UNIT when its unit is not one of power. Values in
 * `--format=csv` carry their unit, which wins over the header's so that a value is never read in another.
 */
function valueUnitScale(bytes: Uint8Array, start: number, end: number): number {
  const e = trimBlanksEnd(bytes, start, end);
  const last = bytes[e - 1]!;
  if (!isUnitByte(last)) return NO_UNIT;
  // The common case first: a bare `W` after the number.
  if (last === 87 && !isUnitByte(bytes[e - 2]!)) return 1;
  const unit = unitStart(bytes, start, end);
  if (e - unit > 3) return OTHER_UNIT;
  return powerUnitScale(textOf(bytes, unit, e)) ?? OTHER_UNIT;
}

function unitName(scale: number): string {
  return scale === 1 ? 'W' : scale === 1e-3 ? 'mW' : scale === 1e3 ? 'kW' : 'MW';
}

/**
 * Counts the power values dropped for a unit that is no power unit, and notes once each unit that
 * differs from the header's; says what it found when the file is done.
 */
export class PowerUnits {
  private dropped = 0;
  private readonly units = new Set<string>();
  private firstLine = 0;
  private readonly noted = new Set<number>();

  constructor(
    private readonly file: string,
    private readonly log: Logger,
  ) {}

  /** The power in W of `value`, the number in `bytes[start, end)`, by its own unit, else the header's; NaN when its unit is none of power. */
  read(value: number, bytes: Uint8Array, start: number, end: number, layout: Pick<Layout, 'powerScale' | 'powerField'>, line: number): number {
    const scale = Number.isNaN(value) ? NO_UNIT : valueUnitScale(bytes, start, end);
    if (scale === OTHER_UNIT) return Number.NaN;
    if (scale === NO_UNIT) return value * layout.powerScale;
    if (scale !== layout.powerScale) this.ownUnit(scale, layout.powerScale, layout.powerField, line);
    return value * scale;
  }

  /** The value `bytes[start, end)` at `line`, whose unit is no power unit: dropped. */
  drop(bytes: Uint8Array, start: number, end: number, line: number): void {
    this.dropped++;
    if (this.units.size < 5) this.units.add(textOf(bytes, unitStart(bytes, start, end), trimBlanksEnd(bytes, start, end)));
    if (this.dropped === 1) this.firstLine = line;
  }

  /** A value at `line` read in its own unit (scale `scale` to W), unlike the header's (`headerScale`). */
  private ownUnit(scale: number, headerScale: number, field: string, line: number): void {
    if (this.noted.has(scale)) return;
    this.noted.add(scale);
    this.log.info(`${this.file}:${line}: ${field} values in ${unitName(scale)} under a [${unitName(headerScale)}] header; each value is read in its own unit`);
  }

  /** After the last row: the warning for the dropped values, or an InputError when no reading is left. */
  finish(field: string, records: number): void {
    if (this.dropped === 0) return;
    const what = droppedUnitsText(this.dropped, field, this.units, this.firstLine);
    if (records === 0) {
      throw new InputError(`no power readings: all ${what}`, {
        file: this.file,
        hint: `check that the ${field} column holds power: log it with \`nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw --format=csv\``,
      });
    }
    this.log.warn(`${this.file}: dropped ${what}; the GPUs' coverage is lower where they occur`);
  }
}
