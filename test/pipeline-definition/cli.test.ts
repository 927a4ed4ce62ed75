/** The aphex-pipeline CLI validates pipeline declarations too: compiler-like lines, 0/1 exit codes. */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../harness/run-cli.ts';
import { expectations, INVALID, VALID } from './corpus.ts';

function copy(dir: string, file: string): string {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'aphex-cli-decl-'));
  copyFileSync(path.join(dir, file), path.join(cwd, file));
  return cwd;
}

describe('aphex-pipeline validate --pipeline-definition', () => {
  test('a valid declaration: exit 0 and one readable line', async () => {
    const r = await runCli(['validate', '--pipeline-definition', 'multi-region.json'], copy(VALID, 'multi-region.json'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('multi-region.json is a valid pipeline declaration: 3 stages, 5 actions (V1).\n');
  });

  test('an invalid declaration: exit 1, one file:line:col line per problem, errors and warnings', async () => {
    const r = await runCli(['validate', '--pipeline-definition', 'action-types.yaml'], copy(INVALID, 'action-types.yaml'));
    expect(r.code).toBe(1);
    const expected = expectations('action-types.yaml');
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('action-types.yaml:'));
    const wanted = (severity: string) => expected.filter((e) => e.severity === severity).map((e) => `action-types.yaml:${e.line}:${e.col}: ${e.severity}: ${e.message}`);
    expect(lines).toEqual([...wanted('warning'), ...wanted('error')]);
    expect(r.stdout).toContain(`error: action-types.yaml has ${wanted('error').length} problems (listed above).`);
    expect(r.stdout).not.toContain('::');
  });

  test('warnings alone: exit 0, each at its line', async () => {
    const r = await runCli(['validate', '--pipeline-definition', 'advice.yaml'], copy(INVALID, 'advice.yaml'));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => / warning: /.test(l))).toHaveLength(expectations('advice.yaml').length);
    expect(r.stdout).toContain('advice.yaml is a valid pipeline declaration: 3 stages, 3 actions; 4 warnings.');
  });
});
