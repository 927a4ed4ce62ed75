/**
 * Answers that are not AWS's (a proxy's HTML error page, an empty 502, a JSON error where XML
 * was due) and AWS's own JSON errors: every message names the service, the operation, the HTTP
 * status and the error code, in the action's words, without the SDK's internals.
 * Through the bundled action, against a loopback server that answers whatever it is told.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runAction, type RunResult } from '../harness/run-action.ts';
import { credSandbox, ROLE, type CredSandbox } from './sandbox.ts';

interface RawAnswer {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** Answers every request with `answer`; records the AWS operation of each. */
class RawServer {
  answer: RawAnswer = { status: 500, body: '' };
  readonly operations: string[] = [];
  url = '';
  private readonly server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      this.operations.push(target !== '' ? target.split('.').pop()! : (new URLSearchParams(body).get('Action') ?? 'unknown'));
      res.writeHead(this.answer.status, this.answer.headers ?? {});
      res.end(this.answer.body);
    });
  });

  async listen(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}

const HTML_500: RawAnswer = { status: 500, headers: { 'content-type': 'text/html' }, body: '<html>\n  <body><h1>Internal Server Error</h1><p>upstream connect error</p></body>\n</html>\n' };
const EMPTY_502: RawAnswer = { status: 502, body: '' };
const SDK_INTERNALS = /Deserialization error|\$response|SyntaxError|Unexpected token|\bUnknown\b|defect|\n\s+at .+\(/;

let sb: CredSandbox;
const raw = new RawServer();
beforeAll(async () => {
  sb = await credSandbox();
  await raw.listen();
});
afterAll(async () => {
  await sb.close();
  await raw.close();
});
beforeEach(() => {
  raw.operations.length = 0;
});

function onlyError(r: RunResult): string {
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  const m = r.errors[0]!.message;
  expect(r.stdout + r.stderr).not.toMatch(SDK_INTERNALS);
  return m;
}

describe('STS answered by something else', () => {
  const run = (): Promise<RunResult> => sb.run({ env: { AWS_ENDPOINT_URL_STS: raw.url } });

  test('HTML 500: retried, then described with status, content type and the start of the page', async () => {
    raw.answer = HTML_500;
    const r = await run();
    const m = onlyError(r);
    expect(raw.operations).toEqual(Array(5).fill('AssumeRoleWithWebIdentity'));
    expect(m).toMatch(
      new RegExp(`^STS AssumeRoleWithWebIdentity could not assume ${ROLE} after 5 attempts in \\d+\\.\\d s \\(HTTP 500 with a body that is not an AWS answer \\(text/html: '<html><body><h1>Internal Server Error</h1><p>upstream connect error</p></body></…'\\); AWS error code unknown\\)\\.`),
    );
    expect(m).toContain("the answers were not AWS's: a proxy or a wrong endpoint may be in between");
    expect(r.stdout).toContain('STS AssumeRoleWithWebIdentity: HTTP 500 with a body that is not an AWS answer (text/html:');
    expect(r.durationMs).toBeLessThan(25000);
  });

  test('empty 502: says the body was empty', async () => {
    raw.answer = EMPTY_502;
    const m = onlyError(await run());
    expect(raw.operations).toHaveLength(5);
    expect(m).toContain('after 5 attempts');
    expect(m).toContain('(HTTP 502 with an empty body; AWS error code unknown).');
  });

  test("a JSON error where STS answers XML: the code it carried, and that it is not STS's answer", async () => {
    raw.answer = { status: 400, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-json-0001' }, body: '{"__type":"com.amazon.coral.service#UnknownOperationException","message":null}' };
    const m = onlyError(await run());
    expect(raw.operations).toEqual(['AssumeRoleWithWebIdentity']);
    expect(m).toContain(`STS AssumeRoleWithWebIdentity could not assume ${ROLE} (HTTP 400 UnknownOperationException; request id req-json-0001).`);
    expect(m).toContain(`That answer did not come from AWS STS: ${raw.url} is not STS, or a proxy in between answered.`);
  });
});

describe('CodePipeline errors name the operation, HTTP status and AWS error code', () => {
  const KEYS = { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', AWS_REGION: 'eu-west-1' };
  const run = (command: string, env: Record<string, string> = {}): Promise<RunResult> =>
    runAction({ inputs: { command, 'pipeline-name': 'shop' }, env: { ...KEYS, AWS_ENDPOINT_URL_CODEPIPELINE: raw.url, ...env }, timeoutMs: 60000 });

  test('HTML 500 on StartPipelineExecution', async () => {
    raw.answer = HTML_500;
    const r = await run('start');
    const m = onlyError(r);
    expect(raw.operations.every((o) => o === 'StartPipelineExecution')).toBe(true);
    expect(m).toMatch(
      /^(After \d attempts over \d+ s: )?CodePipeline StartPipelineExecution for pipeline 'shop' in eu-west-1 failed( after \d attempts)?: HTTP 500 with a body that is not an AWS answer \(text\/html: '<html><body><h1>Internal Server Error<\/h1>.*'\); AWS error code unknown\./,
    );
    expect(m).toContain("That is not an answer of CodePipeline's API: the service may be having trouble, or a proxy or a wrong endpoint answered instead.");
    expect(r.durationMs).toBeLessThan(30000);
  });

  test('empty 502 on ListPipelineExecutions (stop without execution-id)', async () => {
    raw.answer = EMPTY_502;
    const m = onlyError(await run('stop'));
    expect(raw.operations[0]).toBe('ListPipelineExecutions');
    expect(m).toMatch(/^(After \d attempts over \d+ s: )?CodePipeline ListPipelineExecutions for pipeline 'shop' in eu-west-1 failed( after \d attempts)?: HTTP 502 with an empty body; AWS error code unknown\./);
  });

  test("AWS's own JSON error: code, message and request id", async () => {
    raw.answer = {
      status: 400,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-cp-0001' },
      body: '{"__type":"ValidationException","message":"Variable \'stage\' is not declared in the pipeline"}',
    };
    const m = onlyError(await run('start'));
    expect(raw.operations).toEqual(['StartPipelineExecution']);
    expect(m).toContain("CodePipeline StartPipelineExecution rejected the request for pipeline 'shop' in eu-west-1 (HTTP 400 ValidationException: Variable 'stage' is not declared in the pipeline; request id req-cp-0001).");
  });

  test('rejected ambient credentials are blamed on themselves, not on roles', async () => {
    raw.answer = { status: 400, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: '{"__type":"UnrecognizedClientException","message":"The security token included in the request is invalid."}' };
    const m = onlyError(await run('start'));
    expect(raw.operations).toEqual(['StartPipelineExecution']);
    expect(m).toContain('CodePipeline StartPipelineExecution: AWS credentials were not accepted (HTTP 400 UnrecognizedClientException: The security token included in the request is invalid.).');
    expect(m).toContain('With role-to-assume empty these are the ambient credentials (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN in the environment');
    expect(m).not.toMatch(/trust polic/);
  });

  test('AWS_ENDPOINT_URL_CODEPIPELINE that is not a URL fails before any call', async () => {
    const m = onlyError(await run('start', { AWS_ENDPOINT_URL_CODEPIPELINE: 'codepipeline.eu-west-1.amazonaws.com' }));
    expect(raw.operations).toEqual([]);
    expect(m).toContain("The environment variable AWS_ENDPOINT_URL_CODEPIPELINE is not an http(s) URL: 'codepipeline.eu-west-1.amazonaws.com'.");
    expect(m).toContain('for example https://codepipeline.eu-west-1.amazonaws.com');
  });
});
