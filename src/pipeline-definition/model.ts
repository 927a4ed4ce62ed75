/**
 * A pipeline declaration as CodePipeline's API has it (the SDK's types are the source of truth for
 * its fields), and the problems found in one before they get a file position. Pure.
 */
import type { PipelineDeclaration } from '@aws-sdk/client-codepipeline';
import { suggestion } from '../aphex/names.js';
import { isObj } from '../util/guards.js';
import { escapeHidden } from '../util/hidden-chars.js';

export type { PipelineDeclaration };

/** A path into the declaration: object keys and array indexes, as in a JSON pointer. */
export type DeclPath = (string | number)[];

export type Severity = 'error' | 'warning';

/** One problem of the declaration, at a path of the declaration (not of the file). */
export interface Issue {
  path: DeclPath;
  message: string;
  /** Rule id, e.g. `artifact-flow`; the annotation's title. */
  rule: string;
  severity: Severity;
  /** Point at the key of `path` rather than its value (unknown keys). */
  atKey?: boolean;
  /** Point at this text inside the string value at `path` (a `#{…}` reference). */
  text?: string;
}

export function error(path: DeclPath, rule: string, message: string, extra: Partial<Issue> = {}): Issue {
  return { path, rule, message, severity: 'error', ...extra };
}

export function warning(path: DeclPath, rule: string, message: string, extra: Partial<Issue> = {}): Issue {
  return { path, rule, message, severity: 'warning', ...extra };
}

/** Arrays whose items are named by a key, so paths can say `stages[Deploy]` instead of `stages[2]`. */
const NAMED_BY: Record<string, (item: Record<string, unknown>) => unknown> = {
  stages: (s) => s.name,
  actions: (a) => a.name,
  variables: (v) => v.name,
  environmentVariables: (v) => v.name,
  rules: (r) => r.name,
  triggers: (t) => (isObj(t.gitConfiguration) ? t.gitConfiguration.sourceActionName : undefined),
};

/**
 * A readable location in the declaration: `stages[Deploy].actions[CreateChangeSet].configuration.StackName`.
 * Named items are shown by name when it is a usable string, else by index.
 */
export function pathLabel(decl: unknown, path: DeclPath): string {
  let out = '';
  let node: unknown = decl;
  let parentKey = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = Array.isArray(node) ? node[segment] : undefined;
      const nameOf = NAMED_BY[parentKey];
      const name = isObj(item) && nameOf ? nameOf(item) : undefined;
      out += typeof name === 'string' && name !== '' && !/[[\]]/.test(name) ? `[${escapeHidden(name)}]` : `[${segment}]`;
      node = item;
    } else {
      out += out === '' ? escapeHidden(segment) : `.${escapeHidden(segment)}`;
      node = isObj(node) ? node[segment] : undefined;
      parentKey = segment;
    }
  }
  return out === '' ? 'the pipeline' : out;
}

/** `value` as it reads in a message: strings quoted, long ones shortened. */
export function shown(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  const one = escapeHidden(text);
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * ` Did you mean 'x'?` for a likely typo of one of `candidates` (edit distance, or the same
 * letters in another order: 'Biuld' for 'Build'), else ''.
 */
export function closest(word: string, candidates: readonly string[]): string {
  const near = suggestion(word, candidates);
  if (near !== '') return near;
  const letters = (s: string): string => [...s.toLowerCase()].sort().join('');
  const swapped = candidates.find((c) => c !== word && c.length > 2 && letters(c) === letters(word));
  return swapped === undefined ? '' : ` Did you mean '${swapped}'?`;
}
