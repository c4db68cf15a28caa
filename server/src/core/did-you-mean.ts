/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions); past `max`,
 * any number over `max` (the work stops once every way through is further than that: a
 * did-you-mean compares one word with every plan path of a workspace).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the table: two back (for transpositions), the last, and this one; reused from call to call.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  let before = 0;
  let last = width;
  let row = 2 * width;
  for (let j = 0; j < width; j++) {
    rows[before + j] = 0;
    rows[last + j] = j;
  }
  let lastMin = 0;
  for (let i = 1; i <= a.length; i++) {
    rows[row] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[last + j]! + 1, rows[row + j - 1]! + 1, rows[last + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[before + j - 2]! + 1);
      rows[row + j] = best;
      if (best < rowMin) rowMin = best;
    }
    // A transposition reaches back two rows, so both must be past `max` before nothing can come back under it.
    if (rowMin > max && lastMin > max) return max + 1;
    lastMin = rowMin;
    const free = before;
    before = last;
    last = row;
    row = free;
  }
  return rows[last + b.length]!;
}

/** The rows `editDistance` works in: a did-you-mean compares one word with thousands, and fresh rows each time were most of its cost. */
let rows = new Int32Array(3 * 64);

/** How many edits a word of this length may be away from what was meant: one up to five characters, two up to twenty, then one more per ten. */
export function typoAllowance(length: number): number {
  return length <= 5 ? 1 : length <= 20 ? 2 : 2 + Math.floor((length - 11) / 10);
}

/**
 * The one candidate `written` most likely meant: the nearest by edit distance (ignoring case),
 * within `typoAllowance` edits, and nearer than every other candidate. Undefined when nothing is
 * that close, when `written` already is a candidate, or when two candidates tie, since a guess
 * between two is no fix (`KR1.7` is as near `KR1.1` as `KR1.2`). `key` says what to compare.
 */
export function didYouMean<T>(written: string, candidates: Iterable<T>, key: (candidate: T) => string | string[] = String): T | undefined {
  const lower = written.trim().toLowerCase();
  if (!lower) return undefined;
  const allowed = typoAllowance(lower.length);
  let best: T | undefined;
  let bestDistance = Infinity;
  let tie = false;
  // Lengths further apart than the allowance cannot be near: skipped without computing the distance.
  const near = (k: string): number => (Math.abs(k.length - lower.length) > allowed ? Infinity : editDistance(lower, k.toLowerCase(), allowed));
  for (const candidate of candidates) {
    const keys = key(candidate);
    const distance = typeof keys === 'string' ? near(keys) : Math.min(...keys.map(near));
    if (distance === 0) return undefined;
    if (distance > allowed || distance > bestDistance) continue;
    if (distance === bestDistance) {
      if (best !== candidate) tie = true;
      continue;
    }
    best = candidate;
    bestDistance = distance;
    tie = false;
  }
  return tie ? undefined : best;
}
