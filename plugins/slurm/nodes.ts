/**
 * How many nodes a job ran on: the NNodes (or AllocNodes) column where sacct gives it, else the
 * `node=N` entry of AllocTRES, else the hosts that NodeList names (`nid[001-004,007],gpu12` is 6).
 * Undefined when none of them says.
 */
export function nodeCount(fields: { nNodes?: string; allocTres?: string; nodeList?: string }): number | undefined {
  const stated = positiveInteger(fields.nNodes);
  if (stated !== undefined) return stated;
  const tres = /(?:^|,)node=(\d{1,6})(?:,|$)/.exec(fields.allocTres ?? '');
  const fromTres = positiveInteger(tres?.[1]);
  if (fromTres !== undefined) return fromTres;
  return fields.nodeList ? hostsIn(fields.nodeList.trim()) : undefined;
}

function positiveInteger(text: string | undefined): number | undefined {
  const value = text === undefined || !/^\d{1,6}$/.test(text.trim()) ? NaN : Number(text.trim());
  return value >= 1 ? value : undefined;
}

/** The hosts of a Slurm hostlist expression; undefined when it is not one (or is empty). */
function hostsIn(list: string): number | undefined {
  if (list === '' || list === 'None assigned' || list.length > 100_000) return undefined;
  let hosts = 0;
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= list.length; i++) {
    const c = list[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if ((c === ',' && depth === 0) || i === list.length) {
      const count = hostsInOne(list.slice(start, i));
      if (count === undefined) return undefined;
      hosts += count;
      start = i + 1;
    }
  }
  return hosts > 0 ? hosts : undefined;
}

/** One host, or one `prefix[ranges]suffix` pattern (each bracket multiplies). */
function hostsInOne(pattern: string): number | undefined {
  if (pattern === '') return undefined;
  let count = 1;
  for (const [, ranges] of pattern.matchAll(/\[([^\]]*)\]/g)) {
    let inBracket = 0;
    for (const range of ranges!.split(',')) {
      const bounds = /^(\d+)(?:-(\d+))?$/.exec(range);
      if (!bounds) return undefined;
      const from = Number(bounds[1]);
      const to = bounds[2] === undefined ? from : Number(bounds[2]);
      if (to < from) return undefined;
      inBracket += to - from + 1;
    }
    count *= inBracket;
  }
  return count;
}
