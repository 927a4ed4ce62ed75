/** `validate` with pipeline-definition, through the bundled action as the runner runs it. */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actionEntry, leaks, runAction } from '../harness/run-action.ts';
import { recordLoads, sdkChunks } from '../harness/loaded-chunks.ts';
import { headings, render, tables } from '../report/render.ts';
import type { WorkflowCommand } from '../harness/workflow-commands.ts';
import { expectations, files, INVALID, VALID, type Expected } from './corpus.ts';

/** A workspace with `file` of the corpus at deploy/<name>. */
function workspace(dir: string, file: string): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'aphex-decl-'));
  mkdirSync(path.join(ws, 'deploy'));
  copyFileSync(path.join(dir, file), path.join(ws, 'deploy', file));
  return ws;
}

/** An annotation as compared: a problem spanning lines has no column (the toolkit sends none then). */
const seen = (c: WorkflowCommand) => [c.properties.file, Number(c.properties.line), c.properties.col === undefined ? `to line ${c.properties.endLine}` : Number(c.properties.col), c.properties.title, c.message];
const wanted = (e: Expected, c: WorkflowCommand | undefined, file: string) => [file, e.line, c?.properties.col === undefined && Number(c?.properties.endLine) > e.line ? `to line ${c?.properties.endLine}` : e.col, e.rule, e.message];

const validate = (file: string, ws: string, env: Record<string, string> = {}) => runAction({ inputs: { command: 'validate', 'pipeline-definition': `deploy/${file}` }, workspace: ws, env });

describe('validate with pipeline-definition (bundled action)', () => {
  test('a valid V2 declaration: exit 0, one log line, a stage table in the summary, no annotation, no AWS SDK loaded', async () => {
    const rec = recordLoads(path.dirname(actionEntry()));
    const r = await validate('container-v2.yaml', workspace(VALID, 'container-v2.yaml'), rec.env);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.lines).toContain('deploy/container-v2.yaml is a valid pipeline declaration: 4 stages, 6 actions (V2).');
    const rows = tables(render(r.summary).root)[0] ?? [];
    expect(rows[0]).toEqual(['#', 'Stage', 'Action', 'Type', 'runOrder', 'Reads', 'Produces']);
    expect(rows).toContainEqual(['', '', 'Lint', 'Compute · Commands', '2', 'source_output', '—']);
    expect(rows).toContainEqual(['4', 'Production', 'DeployToECS', 'Deploy · ECS', '1', 'image_definitions', '—']);
    expect(sdkChunks(rec.loaded()).map((f) => path.basename(f))).toEqual([]);
  });

  const failing = files(INVALID).filter((f) => expectations(f).some((e) => e.severity === 'error'));
  test.each(failing)('%s: every problem an annotation at its file, line and column, titled by its rule', async (file) => {
    const r = await validate(file, workspace(INVALID, file));
    expect(r.code).toBe(1);
    const expected = expectations(file);
    for (const severity of ['error', 'warning'] as const) {
      const annotations = (severity === 'error' ? r.errors : r.warnings).filter((c) => c.properties.file !== undefined);
      expect(annotations.map(seen)).toEqual(expected.filter((e) => e.severity === severity).map((e, i) => wanted(e, annotations[i], `deploy/${file}`)));
    }
    const errors = expected.filter((e) => e.severity === 'error').length;
    const last = r.errors.at(-1);
    expect(last?.properties.title).toBe('pipeline declaration');
    expect(last?.message).toContain(`deploy/${file} has ${errors} problem${errors === 1 ? '' : 's'} (listed above).`);
    expect(last?.message).toContain(`validate --pipeline-definition deploy/${file}`);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(/);
    // The failure summary holds the table of errors: location, rule, message.
    const rows = tables(render(r.summary).root).flat();
    expect(rows).toContainEqual([`deploy/${file}:${expected.find((e) => e.severity === 'error')?.line}:${expected.find((e) => e.severity === 'error')?.col}`, expected.find((e) => e.severity === 'error')?.rule, expected.find((e) => e.severity === 'error')?.message]);
  });

  test('anti-patterns are warnings: exit 0, ::warning at their lines, and a warnings table in the summary', async () => {
    const r = await validate('advice.yaml', workspace(INVALID, 'advice.yaml'));
    expect(r.code).toBe(0);
    expect(r.errors).toEqual([]);
    const expected = expectations('advice.yaml');
    expect(r.warnings.map(seen)).toEqual(expected.map((e, i) => wanted(e, r.warnings[i], 'deploy/advice.yaml')));
    expect(r.lines).toContain('deploy/advice.yaml is a valid pipeline declaration: 3 stages, 3 actions; 4 warnings.');
    const doc = render(r.summary);
    expect(headings(doc.root).map(([, t]) => t)).toContain('⚠️ 4 warnings');
    expect(tables(doc.root)[1]?.map((row) => row[1])).toEqual(['Rule', 'pipeline-type', 'artifact-encryption', 'polling', 'no-approval']);
  });

  test('a credential in the declaration is masked before anything is printed, and never leaks', async () => {
    const r = await validate('credentials.yaml', workspace(INVALID, 'credentials.yaml'));
    expect(r.code).toBe(1);
    const token = 'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789';
    expect(r.masks).toContain(token);
    expect(r.commands.findIndex((c) => c.command === 'add-mask')).toBeLessThan(r.commands.findIndex((c) => c.command === 'error'));
    expect(leaks(r, [token])).toEqual([]);
  });

  test('the config inputs have no effect next to pipeline-definition, and say so', async () => {
    const ws = workspace(VALID, 'standard-v1.json');
    const r = await runAction({ inputs: { command: 'validate', 'pipeline-definition': 'deploy/standard-v1.json', config: 'deploy/aphex-config.yaml', namespace: 'ci' }, workspace: ws });
    expect(r.code).toBe(0);
    expect(r.warnings.map((w) => w.message)).toEqual([
      "Input 'config' has no effect: pipeline-definition is set, so validate checks that pipeline declaration, not aphex-config.",
      "Input 'namespace' has no effect: pipeline-definition is set, so validate checks that pipeline declaration, not aphex-config.",
    ]);
  });

  test('a named pipe, a folder and an over-large file are refused before they are read', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'aphex-decl-'));
    execFileSync('mkfifo', [path.join(ws, 'pipe.json')]);
    mkdirSync(path.join(ws, 'folder.json'));
    writeFileSync(path.join(ws, 'big.json'), `{"name": "${'x'.repeat(1024 * 1024)}"}`);
    const message = async (file: string) => (await runAction({ inputs: { command: 'validate', 'pipeline-definition': file }, workspace: ws, timeoutMs: 20_000 })).errors[0]?.message ?? '';
    expect(await message('pipe.json')).toContain("Input 'pipeline-definition' names 'pipe.json', which is a named pipe (FIFO), not a regular file.");
    expect(await message('folder.json')).toContain("Input 'pipeline-definition' names 'folder.json', which is a folder, not a regular file.");
    expect(await message('big.json')).toMatch(/Input 'pipeline-definition' names 'big.json', which is 1\.0 MiB \(\d+ bytes\)[^]*at most 1 MiB is read/);
    expect(await message('missing.json')).toMatch(/Input 'pipeline-definition' names 'missing.json', which was not found[\s\S]*set pipeline-definition to the file's path/);
  });
});
