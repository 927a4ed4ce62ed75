/** Name helpers: normalisation to Kubernetes/Argo names and "did you mean" suggestions. */
import { escapeHidden } from '../util/hidden-chars.js';

/** Kubernetes DNS label: lower-case alphanumerics and '-', starting and ending alphanumeric. */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Lower-cases, turns every run of characters outside [a-z0-9] into one '-', trims '-' at both
 * ends and cuts to `max` characters (trimming a '-' left at the cut). May return ''.
 */
export function normaliseName(name: string, max = 63): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base.slice(0, max).replace(/-+$/, '');
}

/** The id of an environment in Argo names (task env-<id>, output stack-outputs-<id>). */
export function environmentId(name: string): string {
  return normaliseName(name, 50);
}

/**
 * The default AphexPipeline name: the repository name (`owner/name` → `name`) normalised to a
 * DNS label of at most 40 characters; '' when nothing usable remains.
 */
export function defaultPipelineName(repository: string): string {
  const name = repository.includes('/') ? repository.slice(repository.lastIndexOf('/') + 1) : repository;
  return normaliseName(name, 40);
}

/** Levenshtein edit distance (insert, delete, substitute; each costs 1). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * The closest candidate to `word` (case-insensitive), when it is close enough to be a likely typo:
 * at most a third of the word's length in edits (at least 1, at most 3).
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` Did you mean 'x'?` or ''. */
export function suggestion(word: string, candidates: readonly string[]): string {
  const s = didYouMean(word, candidates);
  return s === undefined || s === word ? '' : ` Did you mean '${s}'?`;
}

/**
 * A value shortened for a message (long or multi-line strings would drown it), line breaks shown
 * as ⏎ and other hidden characters escaped (\u200b), so it never looks like what it is not.
 */
export function short(s: string, max = 60): string {
  const one = escapeHidden(s.replace(/\r?\n/g, '⏎'));
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
