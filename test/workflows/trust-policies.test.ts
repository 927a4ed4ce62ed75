/**
 * Trust policies users copy from the README and the docs never let pull requests assume a
 * deploy role: a policy (or condition snippet) that names `repo:…:pull_request` names nothing
 * else, no `sub` uses a repository-wide wildcard, and `aud` is always pinned with StringEquals.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './workflow-files.ts';

const SUB = 'token.actions.githubusercontent.com:sub';
const AUD = 'token.actions.githubusercontent.com:aud';

interface Snippet {
  where: string;
  value: unknown;
}

/** JSON code blocks (whole documents, or `"Condition": {…}` fragments) of a Markdown file. */
function jsonSnippets(file: string): Snippet[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const out: Snippet[] = [];
  for (const m of text.matchAll(/^```json\n([\s\S]*?)^```/gm)) {
    const line = text.slice(0, m.index).split('\n').length + 1;
    const body = m[1] as string;
    for (const candidate of [body, `{${body}}`]) {
      try {
        out.push({ where: `${file}:${line}`, value: JSON.parse(candidate) as unknown });
        break;
      } catch {
        // not this shape
      }
    }
  }
  return out;
}

/** Every Condition object in a JSON value. */
function conditions(value: unknown): Record<string, Record<string, unknown>>[] {
  if (Array.isArray(value)) return value.flatMap(conditions);
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  return [...(o.Condition && typeof o.Condition === 'object' ? [o.Condition as Record<string, Record<string, unknown>>] : []), ...Object.entries(o).filter(([k]) => k !== 'Condition').flatMap(([, v]) => conditions(v))];
}

const files = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const policies = files.flatMap(jsonSnippets).map((s) => ({ ...s, conditions: conditions(s.value) })).filter((s) => s.conditions.some((c) => Object.values(c).some((v) => v && typeof v === 'object' && SUB in v)));

describe('GitHub OIDC trust policies in the README and docs', () => {
  test('there are some to check', () => {
    expect(policies.map((p) => p.where.split(':')[0])).toEqual(expect.arrayContaining(['README.md', 'docs/credentials.md']));
  });

  test.each(policies.map((p) => [p.where, p] as const))('%s: pull_request only in a policy of its own, exact subjects, pinned aud', (_where, p) => {
    expect(problems(p.conditions)).toEqual([]);
  });

  test('the check catches a deploy policy that also trusts pull requests, and a wildcard', () => {
    const both = { StringEquals: { [AUD]: 'sts.amazonaws.com', [SUB]: ['repo:o/r:environment:production', 'repo:o/r:pull_request'] } };
    expect(problems([both])).toEqual(['repo:o/r:environment:production is trusted next to pull_request']);
    const twoStatements = conditions({ Statement: [{ Condition: { StringEquals: { [AUD]: 'sts.amazonaws.com', [SUB]: 'repo:o/r:ref:refs/heads/main' } } }, { Condition: { StringEquals: { [AUD]: 'sts.amazonaws.com', [SUB]: 'repo:o/r:pull_request' } } }] });
    expect(problems(twoStatements)).toEqual(['repo:o/r:ref:refs/heads/main is trusted next to pull_request']);
    expect(problems([{ StringEquals: { [AUD]: 'sts.amazonaws.com' }, StringLike: { [SUB]: 'repo:o/r:*' } }])).toEqual(['repo:o/r:* is a repository-wide wildcard']);
    expect(problems([{ StringEquals: { [SUB]: 'repo:o/r:ref:refs/heads/main' } }])).toEqual(['aud is not pinned with StringEquals']);
  });
});

function problems(conds: Record<string, Record<string, unknown>>[]): string[] {
  const subs = conds.flatMap((c) => Object.values(c).flatMap((v) => ([] as unknown[]).concat((v as Record<string, unknown>)[SUB] ?? []).map(String)));
  const out: string[] = [];
  if (subs.some((s) => s.endsWith(':pull_request'))) out.push(...subs.filter((s) => !s.endsWith(':pull_request')).map((s) => `${s} is trusted next to pull_request`));
  out.push(...subs.filter((s) => /^repo:[^:]+:\*$/.test(s)).map((s) => `${s} is a repository-wide wildcard`));
  for (const c of conds) if ((c.StringEquals ?? {})[AUD] !== 'sts.amazonaws.com') out.push('aud is not pinned with StringEquals');
  return out;
}
