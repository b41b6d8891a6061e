/** Something the user might have meant, with the words it is also known by. */
export interface Candidate {
  key: string;
  /** Extra names matched against the input, e.g. "France" for FR. */
  names?: string[];
}

/** Levenshtein distance, case-sensitive; callers lower-case first. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Up to `limit` candidates close to `input`: an equal or prefix-matching name first, then keys that
 * start with the input, then keys that the input extends by a letter or two, or within a small edit distance.
 */
export function closeMatches(input: string, candidates: readonly Candidate[], limit = 5): string[] {
  const query = input.trim().toLowerCase();
  if (query.length === 0) return [];
  const maxDistance = Math.max(1, Math.floor(query.length / 3));
  const scored: { key: string; score: number }[] = [];
  for (const candidate of candidates) {
    const key = candidate.key.toLowerCase();
    const names = (candidate.names ?? []).map((name) => name.toLowerCase());
    let score: number | undefined;
    if (names.includes(query)) score = 0;
    else if (query.length >= 3 && names.some((name) => name.startsWith(query))) score = 1;
    else if (key.startsWith(query)) score = 2;
    else if (key.length >= 2 && query.startsWith(key) && query.length - key.length <= 2) score = 2.5; // "usa" -> US
    else {
      const distance = Math.min(editDistance(query, key), ...names.map((name) => editDistance(query, name)));
      if (distance <= maxDistance) score = 2 + distance;
    }
    if (score !== undefined) scored.push({ key: candidate.key, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return scored.slice(0, limit).map((entry) => entry.key);
}
