/** The diff of two declarations, by stage and action name, as update-pipeline shows it. */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { changeLine, declarationDiff } from '../../src/pipeline-definition/diff.ts';
import { VALID } from './corpus.ts';

type Decl = { stages: { name: string; actions: Record<string, unknown>[] }[] } & Record<string, unknown>;
const base = (): Decl => (parse(readFileSync(path.join(VALID, 'container-v2.yaml'), 'utf8')) as Decl);
const lines = (a: unknown, b: unknown): string[] => declarationDiff(a, b).map(changeLine);

describe('declarationDiff', () => {
  test("equal pipelines differ in nothing, whatever the service's defaults and empty lists", () => {
    const stored = base();
    stored.version = 12;
    stored.executionMode = 'QUEUED';
    for (const s of stored.stages) for (const a of s.actions) a.runOrder ??= 1;
    stored.stages[0]!.actions[0]!.inputArtifacts = [];
    const file = base();
    delete file.version;
    expect(lines(stored, file)).toEqual([]);
    const superseded = { ...base(), executionMode: undefined };
    expect(lines({ ...base(), executionMode: 'SUPERSEDED' }, superseded)).toEqual([]);
  });

  test('a changed value by its path of names: old → new', () => {
    const file = base();
    file.stages[3]!.actions[0]!.configuration = { ClusterName: 'prod', ServiceName: 'shop-v2', FileName: 'imagedefinitions.json' };
    expect(lines(base(), file)).toEqual(['~ stages[Production].actions[DeployToECS].configuration.ServiceName: "shop" → "shop-v2"']);
  });

  test('added and removed stages and actions, and stages in another order', () => {
    const file = base();
    const [source, build, approve, prod] = file.stages as [Decl['stages'][0], Decl['stages'][0], Decl['stages'][0], Decl['stages'][0]];
    build.actions = build.actions.filter((a) => a.name !== 'SecurityScan');
    prod.actions.push({ name: 'Smoke', runOrder: 2, actionTypeId: { category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1' } });
    file.stages = [source, build, prod, approve, { name: 'Verify', actions: [{ name: 'Check', actionTypeId: { category: 'Test', owner: 'AWS', provider: 'CodeBuild', version: '1' } }] }];
    expect(lines(base(), file)).toEqual([
      '~ stages (order): Source, Build, Approve, Production → Source, Build, Production, Approve',
      '- stages[Build].actions[SecurityScan]: removed Test action (AWS/CodeBuild), runOrder 1',
      '+ stages[Production].actions[Smoke]: added Invoke action (AWS/Lambda), runOrder 2',
      '+ stages[Verify]: added stage with 1 action: Check',
    ]);
    expect(lines(file, base())).toContain('- stages[Verify]: removed stage with 1 action: Check');
  });

  test('pipeline-level fields, variables by name, absent values', () => {
    const file = base();
    file.variables = [{ name: 'IMAGE_TAG', defaultValue: 'stable' }, { name: 'REGION', defaultValue: 'eu-west-1' }];
    delete file.triggers;
    file.pipelineType = 'V1';
    expect(lines(base(), file)).toEqual([
      '~ pipelineType: "V2" → "V1"',
      '~ variables[IMAGE_TAG].defaultValue: "latest" → "stable"',
      '~ variables[IMAGE_TAG].description: "Tag of the image to deploy" → (absent)',
      '+ variables[REGION]: added {"name":"REGION","defaultValue":"eu-west-1"}',
      '- triggers[Checkout]: removed {"providerType":"CodeStarSourceConnection","gitConfiguration":{"sourceActionName":"Checkout","push":[{"branches":{"incl…',
    ]);
  });

  test("an action region naming the pipeline's own region is no change; artifact lists read as names", () => {
    const stored = base();
    for (const s of stored.stages) for (const a of s.actions) a.region = 'eu-west-1';
    expect(lines(stored, base())).toHaveLength(6);
    expect(declarationDiff(stored, base(), 'eu-west-1')).toEqual([]);
    const file = base();
    file.stages[1]!.actions[2]!.inputArtifacts = [{ name: 'source_output' }, { name: 'image_definitions' }];
    expect(declarationDiff(base(), file, 'eu-west-1').map(changeLine)).toEqual(['~ stages[Build].actions[Lint].inputArtifacts: ["source_output"] → ["source_output","image_definitions"]']);
  });

  test('values of secret-looking configuration keys are never shown', () => {
    const a = base();
    const b = base();
    a.stages[0]!.actions[0]!.configuration = { OAuthToken: 'old-token-value' };
    b.stages[0]!.actions[0]!.configuration = { OAuthToken: 'new-token-value' };
    const out = lines(a, b).join('\n');
    expect(out).toContain('configuration.OAuthToken: (hidden) → (hidden, changed)');
    expect(out).not.toContain('token-value');
  });
});
