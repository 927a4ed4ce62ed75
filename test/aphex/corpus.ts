/** The corpus of invalid configs and its `# expect: LINE:COL RULE MESSAGE` lines. */
import path from 'node:path';
import { ROOT } from '../harness/run-action.ts';

export const CORPUS = path.join(ROOT, 'test/fixtures/configs');

export interface Expected {
  line: number;
  col: number;
  rule: string;
  message: string;
}

export function expectations(text: string): Expected[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('# expect: '))
    .map((l) => {
      const m = /^# expect: (\d+):(\d+) (\S+) (.*)$/.exec(l);
      if (!m) throw new Error(`malformed expectation: ${l}`);
      return { line: Number(m[1]), col: Number(m[2]), rule: m[3] as string, message: m[4] as string };
    });
}

