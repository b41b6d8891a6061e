const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone name (or UTC) that this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at the instant `utcMs`, in milliseconds (east positive). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * A converter from wall-clock fields in `timeZone` to UTC epoch milliseconds.
 * Offsets are cached per wall-clock hour, so a long log costs one Intl call an hour.
 * In the hour that a DST change repeats, the earlier (pre-change) reading wins.
 */
export function wallClockToUtc(timeZone: string): (wallMs: number) => number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return (wallMs) => wallMs;
  const hourly = new Map<number, number>();
  return (wallMs: number): number => {
    const hour = Math.floor(wallMs / 3_600_000);
    let offset = hourly.get(hour);
    if (offset === undefined) {
      const probe = hour * 3_600_000;
      let guess = probe - zoneOffsetMs(timeZone, probe);
      const second = zoneOffsetMs(timeZone, guess);
      guess = probe - second;
      offset = zoneOffsetMs(timeZone, guess) === second ? second : Math.max(second, zoneOffsetMs(timeZone, guess));
      if (hourly.size > 100_000) hourly.clear();
      hourly.set(hour, offset);
    }
    return wallMs - offset;
  };
}
