/**
 * The CodePipeline commands against moto, which knows pipelines but answers the execution calls
 * (StartPipelineExecution, StopPipelineExecution, …) with an HTML "500 Internal Server Error"
 * page: the messages must say which operation failed, the HTTP status and what came back, and
 * the commands must give up within their retry budget.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runAction, type RunResult } from '../harness/run-action.ts';
import { MOTO_ACCOUNT, MOTO_KEYS, startMoto, type Moto } from './moto.ts';

let moto: Moto;
const ROLE = `arn:aws:iam::${MOTO_ACCOUNT}:role/codepipeline-service`;

/** A raw call to moto (it does not check signatures; the SDK cannot read some of its CodePipeline answers). */
async function motoCall(target: string, service: string, body: string, contentType: string): Promise<{ status: number; text: string }> {
  const res = await fetch(moto.url, {
    method: 'POST',
    headers: {
      authorization: `AWS4-HMAC-SHA256 Credential=${MOTO_KEYS.AWS_ACCESS_KEY_ID}/20260101/eu-west-1/${service}/aws4_request, SignedHeaders=host, Signature=0`,
      'content-type': contentType,
      ...(target !== '' ? { 'x-amz-target': target } : {}),
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}

const json = (target: string, body: object) => motoCall(`CodePipeline_20150709.${target}`, 'codepipeline', JSON.stringify(body), 'application/x-amz-json-1.1');

beforeAll(async () => {
  moto = await startMoto();
  // moto checks that CodePipeline may assume the pipeline's role.
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'codepipeline.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
  const role = await motoCall('', 'iam', new URLSearchParams({ Action: 'CreateRole', Version: '2010-05-08', RoleName: 'codepipeline-service', AssumeRolePolicyDocument: JSON.stringify(trust) }).toString(), 'application/x-www-form-urlencoded');
  expect(role.status).toBe(200);
  const source = { name: 'Source', actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' }, configuration: { S3Bucket: 'b', S3ObjectKey: 'k' }, outputArtifacts: [{ name: 'src' }] };
  const approve = { name: 'Approve', actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' } };
  const created = await json('CreatePipeline', {
    pipeline: { name: 'shop', roleArn: ROLE, artifactStore: { type: 'S3', location: 'artifacts' }, stages: [{ name: 'Source', actions: [source] }, { name: 'Approve', actions: [approve] }] },
  });
  expect(created.status).toBe(200);
  // The pipeline exists for moto: what fails below is the execution call itself.
  const got = await json('GetPipeline', { name: 'shop' });
  expect([got.status, (JSON.parse(got.text) as { pipeline?: { name?: string } }).pipeline?.name]).toEqual([200, 'shop']);
}, 30_000);
afterAll(async () => moto?.close());

const INTERNALS = /Deserialization error|\$response|SyntaxError|Unexpected token|\bUnknown\b|defect|\n\s+at .+\(/;

function run(inputs: Record<string, string>): Promise<RunResult> {
  return runAction({ inputs: { 'aws-region': 'eu-west-1', 'pipeline-name': 'shop', ...inputs }, env: { ...MOTO_KEYS, AWS_ENDPOINT_URL: moto.url }, timeoutMs: 60_000 });
}

function expectHtml500(r: RunResult, operation: string): void {
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  const m = r.errors[0]!.message;
  expect(m).toMatch(
    new RegExp(
      `^(After \\d attempts over \\d+ s: )?CodePipeline ${operation} for pipeline 'shop' in eu-west-1 failed( after \\d attempts)?: ` +
        "HTTP 500 with a body that is not an AWS answer \\(text/html: '<!doctype html><html lang=en><title>500 Internal Server Error</title>.*'\\); AWS error code unknown\\.\\n",
    ),
  );
  expect(m).toContain('AWS_ENDPOINT_URL_CODEPIPELINE / AWS_ENDPOINT_URL');
  expect(r.stdout + r.stderr).not.toMatch(INTERNALS);
}

describe('moto CodePipeline: execution calls it does not implement', () => {
  // Concurrent: each waits out the command's retry budget; one moto serves both.
  test.concurrent('start: StartPipelineExecution, HTTP 500 HTML page, given up within the retry budget', async () => {
    const r = await run({ command: 'start' });
    expectHtml500(r, 'StartPipelineExecution');
    expect(r.outputs['execution-id']).toBeUndefined();
    expect(r.durationMs).toBeLessThan(25_000);
  });

  test.concurrent('stop with execution-id: StopPipelineExecution, same', async () => {
    const r = await run({ command: 'stop', 'execution-id': '2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69' });
    expectHtml500(r, 'StopPipelineExecution');
    expect(r.durationMs).toBeLessThan(25_000);
  });
});
