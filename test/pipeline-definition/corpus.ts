/**
 * The corpus of pipeline declarations (test/fixtures/pipelines): valid/ holds declarations with no
 * problem at all; each file of invalid/ lists every problem it must yield, nothing more, nothing
 * less: `# expect: LINE:COL SEVERITY RULE MESSAGE` lines at the top of a YAML file, the same lines
 * (without `# expect: `) in `<file>.expect` next to a JSON file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../harness/run-action.ts';

export const PIPELINES = path.join(ROOT, 'test/fixtures/pipelines');
export const VALID = path.join(PIPELINES, 'valid');
export const INVALID = path.join(PIPELINES, 'invalid');

export interface Expected {
  line: number;
  col: number;
  severity: 'error' | 'warning';
  rule: string;
  message: string;
}

export function files(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
}

function parse(line: string): Expected {
  const m = /^(\d+):(\d+) (error|warning) (\S+) (.*)$/.exec(line);
  if (!m) throw new Error(`malformed expectation: ${line}`);
  return { line: Number(m[1]), col: Number(m[2]), severity: m[3] as Expected['severity'], rule: m[4] as string, message: m[5] as string };
}

/** The expected problems of an invalid corpus file. */
export function expectations(file: string): Expected[] {
  const full = path.join(INVALID, file);
  if (file.endsWith('.json')) {
    if (!existsSync(`${full}.expect`)) throw new Error(`${file} has no ${file}.expect`);
    return readFileSync(`${full}.expect`, 'utf8').split('\n').filter(Boolean).map(parse);
  }
  return readFileSync(full, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('# expect: '))
    .map((l) => parse(l.slice('# expect: '.length)));
}
