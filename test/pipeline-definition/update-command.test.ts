/**
 * update-pipeline through the bundled action against the CodePipeline emulator: the diff, dry run,
 * unchanged, the update and its new version, concurrent updates (before the update, and refused
 * by the service), CodePipeline's own refusals, and nothing sent to AWS for a broken file.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { runAction } from '../harness/run-action.ts';
import { render, tables } from '../report/render.ts';
import { startCodePipeline, type CodePipelineEmulator } from '../sandbox/codepipeline.ts';
import type { LoopbackServer } from '../sandbox/server.ts';
import { VALID } from './corpus.ts';

const NAME = 'container-deployment';
const FILE = 'deploy/pipeline.yaml';
const DECLARATION = readFileSync(path.join(VALID, 'container-v2.yaml'), 'utf8');

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The emulator holding `stored` at `version`. */
async function pipeline(stored: string = DECLARATION, version = 1): Promise<CodePipelineEmulator> {
  const started = await startCodePipeline({ name: NAME, stages: [] });
  server = started.server;
  started.emulator.definitions.set(parse(stored) as Record<string, unknown>, version);
  return started.emulator;
}

/** `edit` applied to the corpus declaration, as YAML. */
function edited(edit: (d: Decl) => void): string {
  const d = parse(DECLARATION) as Decl;
  edit(d);
  return stringify(d);
}
type Decl = { stages: { name: string; actions: Record<string, unknown>[] }[] } & Record<string, unknown>;

function update(text: string, inputs: Record<string, string> = {}) {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'aphex-update-'));
  mkdirSync(path.join(ws, 'deploy'));
  writeFileSync(path.join(ws, FILE), text);
  const env = { AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKEFAKE', AWS_SECRET_ACCESS_KEY: 'fakeSecretKey0123456789abcdefghijklmnopqrstu', AWS_ENDPOINT_URL_CODEPIPELINE: server?.url ?? '' };
  return runAction({ inputs: { command: 'update-pipeline', 'pipeline-name': NAME, 'pipeline-definition': FILE, ...inputs }, workspace: ws, env, timeoutMs: 30_000 });
}

const CHANGED = edited((d) => {
  const [, build, , prod] = d.stages as [Decl['stages'][0], Decl['stages'][0], Decl['stages'][0], Decl['stages'][0]];
  build.actions = build.actions.filter((a) => a.name !== 'SecurityScan');
  prod.actions[0]!.configuration = { ClusterName: 'prod', ServiceName: 'shop-v2', FileName: 'imagedefinitions.json' };
  d.stages.push({ name: 'Verify', actions: [{ name: 'Smoke', actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1' }, configuration: { FunctionName: 'smoke' } }] });
});
const DIFF = [
  '- stages[Build].actions[SecurityScan]: removed Test action (AWS/CodeBuild), runOrder 1',
  '~ stages[Production].actions[DeployToECS].configuration.ServiceName: "shop" → "shop-v2"',
  '+ stages[Verify]: added stage with 1 action: Smoke',
];

describe('update-pipeline (bundled action)', () => {
  test('unchanged: says so, sets unchanged and the current version, and never calls UpdatePipeline', async () => {
    await pipeline(DECLARATION, 7);
    const r = await update(DECLARATION);
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.lines).toContain(`Pipeline ${NAME} (version 7) already matches ${FILE}: nothing to update.`);
    expect(r.outputs['apply-result']).toBe('unchanged');
    expect(r.outputs['pipeline-version']).toBe('7');
    expect(server?.callsOf('UpdatePipeline')).toEqual([]);
    expect(render(r.summary).html).toContain('Unchanged: version 7 already matches the file.');
  });

  test('a change: the diff by stage and action, then UpdatePipeline once; the new version is an output, and a second run is unchanged', async () => {
    const emulator = await pipeline();
    const r = await update(CHANGED);
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const start = r.lines.indexOf(`##[group]3 changes to pipeline ${NAME} (version 1)`);
    expect(r.lines.slice(start + 1, start + 4)).toEqual(DIFF);
    expect(r.lines).toContain(`Updated pipeline ${NAME}: version 1 → 2. The next execution runs the new declaration.`);
    expect(r.outputs).toMatchObject({ 'apply-result': 'configured', 'pipeline-version': '2' });
    const calls = server?.callsOf('UpdatePipeline') ?? [];
    expect(calls).toHaveLength(1);
    const sent = JSON.parse(calls[0]?.body ?? '{}') as { pipeline: Decl };
    expect([sent.pipeline.name, sent.pipeline.version, sent.pipeline.stages.map((s) => s.name)]).toEqual([NAME, 1, ['Source', 'Build', 'Approve', 'Production', 'Verify']]);
    expect(emulator.definitions.version).toBe(2);
    const rows = tables(render(r.summary).root)[0] ?? [];
    expect(rows).toContainEqual(['changed', 'stages[Production].actions[DeployToECS].configuration.ServiceName', '"shop"', '"shop-v2"']);
    const again = await update(CHANGED);
    expect(again.outputs).toMatchObject({ 'apply-result': 'unchanged', 'pipeline-version': '2' });
    expect(server?.callsOf('UpdatePipeline')).toHaveLength(1);
  });

  test('dry-run: the diff only; nothing is applied and the version stays', async () => {
    const emulator = await pipeline();
    const r = await update(CHANGED, { 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect(r.lines).toEqual(expect.arrayContaining(DIFF));
    expect(r.lines).toContain(`dry-run: true, so pipeline ${NAME} was not updated (3 changes shown above).`);
    expect(r.outputs).toMatchObject({ 'apply-result': 'configured', 'pipeline-version': '1' });
    expect(server?.callsOf('UpdatePipeline')).toEqual([]);
    expect(emulator.definitions.version).toBe(1);
    expect(render(r.summary).html).toContain('Dry run: 3 changes against version 1; nothing was applied.');
  });

  test('the pipeline moves between the diff and the update: refused before UpdatePipeline, naming both versions', async () => {
    const emulator = await pipeline();
    emulator.definitions.beforeGet = (n) => {
      if (n === 2) emulator.definitions.updateElsewhere((d) => (d.executionMode = 'PARALLEL'));
    };
    const r = await update(CHANGED);
    expect(r.code).toBe(1);
    expect(server?.callsOf('UpdatePipeline')).toEqual([]);
    expect(r.errors.at(-1)?.properties.title).toBe('concurrent update');
    expect(r.errors.at(-1)?.message).toContain(`Pipeline '${NAME}' changed while this step ran: the diff above is against version 1, and it is version 2 now (someone or something else updated it). Nothing from this step was applied.`);
    expect(r.errors.at(-1)?.message).toContain('Re-run the step');
    expect(r.outputs['apply-result']).toBeUndefined();
  });

  test('a conflicting update the service reports: told as such, with both versions', async () => {
    const emulator = await pipeline();
    emulator.definitions.beforeUpdate = () => emulator.definitions.updateElsewhere();
    const r = await update(CHANGED);
    expect(r.code).toBe(1);
    expect(server?.callsOf('UpdatePipeline')).toHaveLength(1);
    expect(r.errors.at(-1)?.message).toContain(`Pipeline '${NAME}' changed and CodePipeline refused the update: the diff above is against version 1, and it is version 2 now`);
    expect(emulator.definitions.version).toBe(2);
    // The summary still shows what was attempted, then the failure.
    const html = render(r.summary).html;
    expect(html).toContain('Not applied: 3 changes against version 1; the update failed (below).');
    expect(html.indexOf('Not applied')).toBeLessThan(html.indexOf('failed: concurrent update'));
  });

  test('a dropped connection during UpdatePipeline: sent once, never repeated; the pipeline is read back, and the failure reported', async () => {
    const emulator = await pipeline();
    server?.fault({ kind: 'reset', operation: 'UpdatePipeline' });
    const r = await update(CHANGED);
    expect(r.code).toBe(1);
    expect(server?.callsOf('UpdatePipeline')).toHaveLength(1);
    expect(server?.callsOf('GetPipeline')).toHaveLength(3);
    expect(emulator.definitions.version).toBe(1);
    expect(r.errors.at(-1)?.message).toMatch(/CodePipeline UpdatePipeline .*(no HTTP answer|socket hang up|ECONNRESET)/);
  });

  test("CodePipeline's own refusal of an action declaration: its error code and message, and what to do", async () => {
    await pipeline();
    const r = await update(edited((d) => d.stages[1]!.actions.push({ name: 'Load', runOrder: 3, actionTypeId: { category: 'Test', owner: 'ThirdParty', provider: 'BlazeMeter', version: '1' }, inputArtifacts: [{ name: 'source_output' }] })));
    expect(r.code).toBe(1);
    const last = r.errors.at(-1);
    expect(last?.properties.title).toBe('declaration refused');
    expect(last?.message).toContain(`CodePipeline refused an action declaration of pipeline '${NAME}' in eu-west-1 (HTTP 400 InvalidActionDeclarationException: ActionType (Category: 'Test', Provider: 'BlazeMeter', Owner: 'ThirdParty', Version: '1') in action 'Load' is not available in region 'EU_WEST_1'`);
    expect(last?.message).toContain('Nothing was changed.');
  });

  test('UpdatePipeline denied: the hint names codepipeline:UpdatePipeline and iam:PassRole on the roles', async () => {
    const emulator = await pipeline();
    emulator.deny.add('UpdatePipeline');
    const r = await update(CHANGED);
    expect(r.code).toBe(1);
    expect(r.errors.at(-1)?.message).toMatch(/CodePipeline UpdatePipeline on pipeline 'container-deployment' in eu-west-1 was denied \(HTTP 400 AccessDeniedException[\s\S]*iam:PassRole on the pipeline's roleArn/);
  });

  test('a pipeline that does not exist is an error, never a creation', async () => {
    await pipeline();
    const r = await update(DECLARATION.replace(`name: ${NAME}`, 'name: nope'), { 'pipeline-name': 'nope' });
    expect(r.code).toBe(1);
    expect(r.errors.at(-1)?.message).toContain("There is no pipeline 'nope' in eu-west-1 for these credentials (HTTP 400 PipelineNotFoundException");
    expect(r.errors.at(-1)?.message).toContain('update-pipeline changes an existing pipeline, it never creates one.');
    expect(server?.callsOf('UpdatePipeline')).toEqual([]);
  });

  test('a declaration for another pipeline, or a broken one, is refused at its line before any AWS call', async () => {
    await pipeline();
    const r = await update(DECLARATION, { 'pipeline-name': 'shop' });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.properties).toMatchObject({ file: FILE, line: '3', col: '7', title: 'pipeline-name' });
    const broken = await update(DECLARATION.replace('runOrder: 2', 'runOrder: 0'));
    expect(broken.errors[0]?.properties).toMatchObject({ file: FILE, title: 'run-order' });
    expect(server?.calls).toEqual([]);
  });
});
