/**
 * The corpus of invalid configs (test/fixtures/configs): each file lists, in `# expect:` lines,
 * every problem the validator must report: `# expect: LINE:COL RULE MESSAGE`. Nothing more,
 * nothing less.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateConfigText } from '../../src/aphex/validate.ts';
import { CORPUS, expectations } from './corpus.ts';

const files = readdirSync(CORPUS).filter((f) => f.endsWith('.yaml')).sort();

describe('corpus of invalid configs', () => {
  test('has a file per rule family', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    const rules = new Set(files.flatMap((f) => expectations(readFileSync(path.join(CORPUS, f), 'utf8')).map((e) => e.rule)));
    for (const rule of ['duplicate-key', 'unknown-key', 'required', 'type', 'version', 'format', 'empty-list', 'empty-command', 'duplicate-environment', 'duplicate-stack', 'name-collision', 'invalid-name', 'depends-on', 'dependency-cycle', 'credential', 'template-braces', 'stack-path', 'yaml-syntax', 'too-long']) {
      expect(rules).toContain(rule);
    }
  });

  test.each(files)('%s: every expected problem at its position, and no other', (file) => {
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    const expected = expectations(text);
    expect(expected.length).toBeGreaterThan(0);
    const result = validateConfigText(text, `configs/${file}`);
    expect(result.config).toBeUndefined();
    expect(result.problems.map((p) => ({ line: p.line, col: p.col, rule: p.rule, message: p.message }))).toEqual(expected);
    for (const p of result.problems) expect(p.file).toBe(`configs/${file}`);
  });
});
