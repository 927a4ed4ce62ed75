/**
 * A readable unified diff between the live object and the applied one. Pure.
 * Only what a user changes is compared: labels, annotations and spec (never
 * resourceVersion, managedFields, uid, timestamps or status).
 */
import { stringify } from 'yaml';
import { isObj, type Obj } from '../util/guards.js';

const MANAGED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

function asObj(v: unknown): Obj {
  return isObj(v) ? v : {};
}

/** The user-visible part of an object, for comparing and showing. */
export function comparable(object: unknown): Obj {
  const o = asObj(object);
  const meta = asObj(o.metadata);
  const annotations = Object.fromEntries(Object.entries(asObj(meta.annotations)).filter(([k]) => !MANAGED_ANNOTATIONS.has(k)));
  const metadata: Obj = {};
  if (Object.keys(asObj(meta.labels)).length > 0) metadata.labels = asObj(meta.labels);
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  const out: Obj = { metadata };
  if (o.spec !== undefined) out.spec = o.spec;
  return out;
}

export function toDiffYaml(object: unknown): string {
  return stringify(comparable(object), { sortMapEntries: true, lineWidth: 0 });
}

type Op = [' ' | '-' | '+', string];

/** Line edit script: common prefix/suffix trimmed, LCS on the rest (plain replace when huge). */
export function lineDiff(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = a.slice(0, start).map((l): Op => [' ', l]);
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  if (x.length * y.length > 4_000_000) {
    ops.push(...x.map((l): Op => ['-', l]), ...y.map((l): Op => ['+', l]));
  } else {
    ops.push(...lcsOps(x, y));
  }
  ops.push(...a.slice(endA).map((l): Op => [' ', l]));
  return ops;
}

function lcsOps(x: string[], y: string[]): Op[] {
  const n = x.length;
  const m = y.length;
  const w = m + 1;
  const dp = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = x[i] === y[j] ? (dp[(i + 1) * w + j + 1] as number) + 1 : Math.max(dp[(i + 1) * w + j] as number, dp[i * w + j + 1] as number);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      ops.push([' ', x[i++] as string]);
      j++;
    } else if ((dp[(i + 1) * w + j] as number) >= (dp[i * w + j + 1] as number)) ops.push(['-', x[i++] as string]);
    else ops.push(['+', y[j++] as string]);
  }
  while (i < n) ops.push(['-', x[i++] as string]);
  while (j < m) ops.push(['+', y[j++] as string]);
  return ops;
}

/** Unified diff text with `context` lines around changes; '' when equal. */
export function unifiedDiff(oldText: string, newText: string, labels: { old: string; new: string }, context = 3): string {
  const a = oldText === '' ? [] : oldText.replace(/\n$/, '').split('\n');
  const b = newText === '' ? [] : newText.replace(/\n$/, '').split('\n');
  const ops = lineDiff(a, b);
  if (!ops.some(([k]) => k !== ' ')) return '';
  const out = [`--- ${labels.old}`, `+++ ${labels.new}`];
  let k = 0;
  while (k < ops.length) {
    const firstChange = ops.findIndex((op, idx) => idx >= k && op[0] !== ' ');
    if (firstChange < 0) break;
    const from = Math.max(k, firstChange - context);
    let to = firstChange;
    // Extend the hunk while the next change is within 2*context unchanged lines.
    for (let idx = firstChange, quiet = 0; idx < ops.length; idx++) {
      if ((ops[idx] as Op)[0] === ' ') quiet++;
      else {
        quiet = 0;
        to = idx;
      }
      if (quiet > 2 * context) break;
    }
    const end = Math.min(ops.length, to + context + 1);
    const oldStart = ops.slice(0, from).filter(([t]) => t !== '+').length + 1;
    const newStart = ops.slice(0, from).filter(([t]) => t !== '-').length + 1;
    const hunk = ops.slice(from, end);
    const oldLen = hunk.filter(([t]) => t !== '+').length;
    const newLen = hunk.filter(([t]) => t !== '-').length;
    out.push(`@@ -${oldLen === 0 ? oldStart - 1 : oldStart},${oldLen} +${newLen === 0 ? newStart - 1 : newStart},${newLen} @@`);
    for (const [t, l] of hunk) out.push(`${t}${l}`);
    k = end;
  }
  return out.join('\n') + '\n';
}

/** Diff of two objects' user-visible parts; live undefined means "created". */
export function objectDiff(live: unknown, next: unknown, name: string): string {
  return unifiedDiff(live === undefined ? '' : toDiffYaml(live), toDiffYaml(next), { old: live === undefined ? '/dev/null' : `live/${name}`, new: `applied/${name}` });
}
