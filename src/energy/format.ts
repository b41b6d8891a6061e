// Human wording for warnings (the report keeps SI numbers; only messages are formatted).
import { J_PER_KWH } from '../shared/units.js';

export function formatDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 120) return `${round(s, s < 10 ? 1 : 0)} s`;
  if (s < 7200) return `${round(s / 60, 1)} min`;
  if (s < 172_800) return `${round(s / 3600, 1)} h`;
  return `${round(s / 86_400, 1)} d`;
}

export function formatEnergy(joules: number): string {
  const kWh = joules / J_PER_KWH;
  if (kWh >= 0.1) return `${round(kWh, kWh < 10 ? 3 : 1)} kWh`;
  return `${round(joules, joules < 10 ? 2 : 0)} J`;
}

export function formatPercent(share: number): string {
  return `${round(share * 100, 1)}%`;
}

export function formatSeconds(ms: number): string {
  return `${round(ms / 1000, 3)} s`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function listSome(items: string[], max = 5): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}
