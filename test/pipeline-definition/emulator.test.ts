/**
 * The emulator's GetPipeline and UpdatePipeline as the AWS SDK sees them: versions that move on
 * update, and CodePipeline's refusals parsed by the SDK into its own exception classes (so the
 * action's tests meet the errors the service really sends).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as sdk from '@aws-sdk/client-codepipeline';
import { parse } from 'yaml';
import { startCodePipeline, type CodePipelineEmulator } from '../sandbox/codepipeline.ts';
import type { LoopbackServer } from '../sandbox/server.ts';
import { VALID } from './corpus.ts';

type Decl = sdk.PipelineDeclaration & { stages: (sdk.StageDeclaration & { actions: sdk.ActionDeclaration[] })[] };
const declaration = (): Decl => parse(readFileSync(path.join(VALID, 'container-v2.yaml'), 'utf8')) as Decl;

let server: LoopbackServer;
let emulator: CodePipelineEmulator;
let client: sdk.CodePipelineClient;
beforeAll(async () => {
  ({ server, emulator } = await startCodePipeline({ name: 'container-deployment', stages: [] }));
  client = new sdk.CodePipelineClient({ region: 'eu-west-1', endpoint: server.url, maxAttempts: 1, credentials: { accessKeyId: 'AKIAFAKEFAKEFAKEFAKE', secretAccessKey: 'fake' } });
});
afterAll(async () => {
  client.destroy();
  await server.close();
});

async function refusal(pipeline: Decl): Promise<unknown> {
  return client.send(new sdk.UpdatePipelineCommand({ pipeline })).then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('the CodePipeline emulator: declarations', () => {
  test('GetPipeline answers the declaration with its version; UpdatePipeline stores a new one at version + 1', async () => {
    emulator.definitions.set(declaration() as unknown as Record<string, unknown>, 3);
    const got = await client.send(new sdk.GetPipelineCommand({ name: 'container-deployment' }));
    expect(got.pipeline?.version).toBe(3);
    expect(got.pipeline?.stages?.map((s) => s.name)).toEqual(['Source', 'Build', 'Approve', 'Production']);
    const next = { ...declaration(), version: 3, executionMode: 'PARALLEL' as const };
    const updated = await client.send(new sdk.UpdatePipelineCommand({ pipeline: next }));
    expect(updated.pipeline?.version).toBe(4);
    expect((await client.send(new sdk.GetPipelineCommand({ name: 'container-deployment' }))).pipeline?.executionMode).toBe('PARALLEL');
  });

  test.each<[string, (d: Decl) => void, new (...a: never[]) => Error, RegExp]>([
    ['fewer than two stages → InvalidStructureException', (d) => d.stages.splice(1), sdk.InvalidStructureException, /at least two stages/],
    ['an input nobody produced earlier → InvalidStructureException', (d) => (d.stages[1]!.actions[0]!.inputArtifacts = [{ name: 'nothing' }]), sdk.InvalidStructureException, /Input Artifact nothing/],
    ['a stage without actions → InvalidStageDeclarationException', (d) => (d.stages[2]!.actions = []), sdk.InvalidStageDeclarationException, /at least one action/],
    ['a source action outside the first stage → InvalidStageDeclarationException', (d) => (d.stages[2]!.actions[0]!.actionTypeId = { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' }), sdk.InvalidStageDeclarationException, /source actions must be in the first stage/],
    ['an action type the region does not have → InvalidActionDeclarationException', (d) => (d.stages[1]!.actions[0]!.actionTypeId!.provider = 'Jenkins2'), sdk.InvalidActionDeclarationException, /is not available in region/],
    ['a stage name with a space → ValidationException', (d) => (d.stages[3]!.name = 'Prod EU'), sdk.ValidationException, /failed to satisfy constraint: Member must satisfy regular expression pattern/],
  ])('%s, as the SDK raises it', async (_what, edit, type, message) => {
    emulator.definitions.set(declaration() as unknown as Record<string, unknown>, 1);
    const d = declaration();
    edit(d);
    const e = await refusal(d);
    expect(e).toBeInstanceOf(type);
    expect((e as Error).message).toMatch(message);
    expect(emulator.definitions.version).toBe(1);
  });

  test('a stale version is a conflict, and changes nothing', async () => {
    emulator.definitions.set(declaration() as unknown as Record<string, unknown>, 5);
    const e = await refusal({ ...declaration(), version: 4 });
    expect((e as Error).name).toBe('ConflictException');
    expect((e as Error).message).toBe('Pipeline version 4 is not the latest version (5) of pipeline container-deployment.');
    expect(emulator.definitions.version).toBe(5);
  });
});
