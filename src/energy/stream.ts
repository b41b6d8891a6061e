/** Where a track's records came from: one plugin reading one file (or one source without a file). */
export interface StreamId {
  plugin: string;
  file?: string;
}

export function streamKey(stream: StreamId): string {
  return `${stream.plugin}\u0000${stream.file ?? ''}`;
}

/** Orders strings with their digit runs compared as numbers: gpu2 < gpu10. */
export function compareNatural(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const bothDigits = /^\d/.test(x) && /^\d/.test(y);
    if (bothDigits && x.length !== y.length) return x.replace(/^0+/, '').length - y.replace(/^0+/, '').length || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function compareStreams(a: StreamId, b: StreamId): number {
  return compareNatural(a.file ?? '', b.file ?? '') || compareNatural(a.plugin, b.plugin);
}
