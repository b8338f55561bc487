/**
 * A line-based unified diff (the `diff -u` format) for schema snapshots: Myers' O(ND) algorithm in
 * its linear-space form (E. W. Myers, "An O(ND) Difference Algorithm and Its Variations", 1986,
 * section 4b: find the middle snake, recurse on both halves).
 *
 * Two things keep it fast on 20,000-line schemas: lines are compared as integers (each distinct line
 * gets an id once), and lines that occur on one side only are marked changed before Myers runs —
 * they can never be part of a common subsequence, so leaving them out changes nothing but the work
 * (GNU diff does the same with its "confusing lines").
 */

/** One line of either side, with whether it ended without a newline (the file's last line). */
interface Line {
  text: string;
  noNewline: boolean;
}

type Op = { kind: ' ' | '-' | '+'; line: Line };

/**
 * Unified diff of two texts with `context` unchanged lines around each change (default 3), headed
 * `--- before` / `+++ after` and `@@ -l,s +l,s @@` hunks; '' when the texts are equal. A missing
 * final newline is reported as `\ No newline at end of file`, like diff(1).
 */
export function unifiedDiff(
  before: string,
  after: string,
  labels: { before: string; after: string },
  context = 3,
): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const hunks = renderHunks(ops, Math.max(0, Math.floor(context)));
  if (hunks.length === 0) return '';
  return [`--- ${labels.before}`, `+++ ${labels.after}`, ...hunks].join('\n') + '\n';
}

function splitLines(text: string): Line[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const noNewline = parts[parts.length - 1] !== '';
  if (!noNewline) parts.pop();
  return parts.map((line, i) => ({ text: line, noNewline: noNewline && i === parts.length - 1 }));
}

/** The edit script: every line of `a` and `b` once, deletions before insertions within a change. */
function diffLines(a: Line[], b: Line[]): Op[] {
  const ids = new Map<string, number>();
  const idOf = (line: Line): number => {
    const key = line.noNewline ? `${line.text}\n` : line.text;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const aIds = Int32Array.from(a, idOf);
  const bIds = Int32Array.from(b, idOf);
  const { removed, added } = changedLines(aIds, bIds);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && removed[i]) ops.push({ kind: '-', line: a[i++] as Line });
    else if (j < b.length && added[j]) ops.push({ kind: '+', line: b[j++] as Line });
    else {
      ops.push({ kind: ' ', line: a[i] as Line });
      i += 1;
      j += 1;
    }
  }
  return ops;
}

/**
 * Marks the lines of `a` that are removed and of `b` that are added. Lines found on one side only
 * are marked at once; Myers runs on the rest, and its indexes are mapped back.
 */
function changedLines(a: Int32Array, b: Int32Array): { removed: Uint8Array; added: Uint8Array } {
  const removed = new Uint8Array(a.length);
  const added = new Uint8Array(b.length);
  const inA = new Set(a);
  const inB = new Set(b);
  const aKept = keptIndexes(a, inB, removed);
  const bKept = keptIndexes(b, inA, added);
  const myers = new Myers(
    Int32Array.from(aKept, (i) => a[i] as number),
    Int32Array.from(bKept, (i) => b[i] as number),
  );
  myers.compare(0, aKept.length, 0, bKept.length);
  myers.removed.forEach((flag, k) => {
    if (flag) removed[aKept[k] as number] = 1;
  });
  myers.added.forEach((flag, k) => {
    if (flag) added[bKept[k] as number] = 1;
  });
  return { removed, added };
}

/** Indexes of `ids` whose line occurs on the other side; the others are flagged in `changed`. */
function keptIndexes(ids: Int32Array, other: Set<number>, changed: Uint8Array): number[] {
  const kept: number[] = [];
  ids.forEach((id, i) => {
    if (other.has(id)) kept.push(i);
    else changed[i] = 1;
  });
  return kept;
}

/** Linear-space Myers over two integer sequences, flagging removed and added positions. */
class Myers {
  readonly removed: Uint8Array;
  readonly added: Uint8Array;

  constructor(
    private readonly a: Int32Array,
    private readonly b: Int32Array,
  ) {
    this.removed = new Uint8Array(a.length);
    this.added = new Uint8Array(b.length);
  }

  /** Diffs a[a0, a1) against b[b0, b1): trims equal ends, then splits at the middle snake. */
  compare(a0: number, a1: number, b0: number, b1: number): void {
    while (a0 < a1 && b0 < b1 && this.a[a0] === this.b[b0]) {
      a0 += 1;
      b0 += 1;
    }
    while (a0 < a1 && b0 < b1 && this.a[a1 - 1] === this.b[b1 - 1]) {
      a1 -= 1;
      b1 -= 1;
    }
    if (a0 === a1 || b0 === b1) {
      this.added.fill(1, b0, b1);
      this.removed.fill(1, a0, a1);
      return;
    }
    const split = this.middle(a0, a1, b0, b1);
    const progress =
      split !== undefined &&
      !(split[0] === a0 && split[1] === b0) &&
      !(split[0] === a1 && split[1] === b1);
    if (!progress) {
      // No common line left in the box (or, defensively, a split that would not shrink it).
      this.removed.fill(1, a0, a1);
      this.added.fill(1, b0, b1);
      return;
    }
    this.compare(a0, split[0], b0, split[1]);
    this.compare(split[0], a1, split[1], b1);
  }

  /**
   * A point on an optimal edit path through the box, found where the forward search from
   * (a0, b0) and the backward search from (a1, b1) first overlap; undefined when they never do.
   * v[offset + k] holds the furthest x reached on diagonal k = x - y (counted from the far corner
   * for the backward search); -1 marks a diagonal not reached yet. Paths that leave the box shrink
   * the diagonal range (fStart/fEnd, bStart/bEnd), which keeps each step within the box. Gives up
   * on optimality past TOO_EXPENSIVE steps.
   */
  private middle(a0: number, a1: number, b0: number, b1: number): [number, number] | undefined {
    const n = a1 - a0;
    const m = b1 - b0;
    const maxD = Math.ceil((n + m) / 2);
    const offset = maxD;
    const forward = new Int32Array(2 * maxD + 2).fill(-1);
    const backward = new Int32Array(2 * maxD + 2).fill(-1);
    forward[offset + 1] = 0;
    backward[offset + 1] = 0;
    const delta = n - m;
    const odd = (delta & 1) !== 0;
    const range = { fStart: 0, fEnd: 0, bStart: 0, bEnd: 0 };
    const { a, b } = this;
    for (let d = 0; d < maxD; d += 1) {
      for (let k = -d + range.fStart; k <= d - range.fEnd; k += 2) {
        let end = step(forward, offset + k, k, d);
        let y = end - k;
        while (end < n && y < m && a[a0 + end] === b[b0 + y]) {
          end += 1;
          y += 1;
        }
        forward[offset + k] = end;
        if (end > n) range.fEnd += 2;
        else if (y > m) range.fStart += 2;
        else if (odd) {
          const other = backward[offset + delta - k] ?? -1;
          if (other !== -1 && end >= n - other) return [a0 + end, b0 + y];
        }
      }
      for (let k = -d + range.bStart; k <= d - range.bEnd; k += 2) {
        let end = step(backward, offset + k, k, d);
        let y = end - k;
        while (end < n && y < m && a[a1 - 1 - end] === b[b1 - 1 - y]) {
          end += 1;
          y += 1;
        }
        backward[offset + k] = end;
        if (end > n) range.bEnd += 2;
        else if (y > m) range.bStart += 2;
        else if (!odd) {
          const fx = forward[offset + delta - k] ?? -1;
          if (fx !== -1 && fx >= n - end) return [a0 + fx, b0 + fx - (delta - k)];
        }
      }
      if (d >= TOO_EXPENSIVE) return furthest(forward, offset, d, range.fStart, range.fEnd, a0, b0);
    }
    return undefined;
  }
}

/**
 * Edit distance (per box) past which the search stops looking for the optimal split and takes the
 * furthest point the forward search reached instead: the diff stays correct, possibly not minimal,
 * and the worst case (e.g. 20,000 lines reordered in blocks) stays within a second or two instead of
 * growing with N·D. GNU diff bounds its search the same way (its "too_expensive" heuristic).
 */
const TOO_EXPENSIVE = 2048;

/** The forward-search point with the most progress (largest x + y) at step d, in absolute indexes. */
function furthest(
  v: Int32Array,
  offset: number,
  d: number,
  kStart: number,
  kEnd: number,
  a0: number,
  b0: number,
): [number, number] {
  let best: [number, number] = [a0, b0];
  for (let k = -d + kStart; k <= d - kEnd; k += 2) {
    const x = v[offset + k] ?? -1;
    if (x >= 0 && 2 * x - k > best[0] - a0 + (best[1] - b0)) best = [a0 + x, b0 + x - k];
  }
  return best;
}

/** Where diagonal k starts at step d: one down from k + 1 (an insertion) or one right from k - 1 (a deletion). */
function step(v: Int32Array, index: number, k: number, d: number): number {
  const left = v[index - 1] ?? -1;
  const right = v[index + 1] ?? -1;
  return k === -d || (k !== d && left < right) ? right : left + 1;
}

/** Groups the edit script into hunks, each with `context` lines around its changes. */
function renderHunks(ops: Op[], context: number): string[] {
  const hunks: string[] = [];
  const changes = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
  let start = 0;
  while (start < changes.length) {
    let end = start;
    while (end + 1 < changes.length && changes[end + 1]! - changes[end]! <= 2 * context + 1)
      end += 1;
    const from = Math.max(0, changes[start]! - context);
    const to = Math.min(ops.length, changes[end]! + context + 1);
    hunks.push(renderHunk(ops, from, to));
    start = end + 1;
  }
  return hunks;
}

function renderHunk(ops: Op[], from: number, to: number): string {
  let oldBefore = 0;
  let newBefore = 0;
  for (let i = 0; i < from; i += 1) {
    if (ops[i]!.kind !== '+') oldBefore += 1;
    if (ops[i]!.kind !== '-') newBefore += 1;
  }
  const body: string[] = [];
  let oldCount = 0;
  let newCount = 0;
  for (const op of ops.slice(from, to)) {
    if (op.kind !== '+') oldCount += 1;
    if (op.kind !== '-') newCount += 1;
    body.push(`${op.kind}${op.line.text}`);
    if (op.line.noNewline) body.push('\\ No newline at end of file');
  }
  return [`@@ -${range(oldBefore, oldCount)} +${range(newBefore, newCount)} @@`, ...body].join(
    '\n',
  );
}

/** `start,count` as diff(1) prints it: `start` alone for one line, the preceding line for none. */
function range(before: number, count: number): string {
  if (count === 0) return `${before},0`;
  if (count === 1) return `${before + 1}`;
  return `${before + 1},${count}`;
}
