import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { run, sandbox, type Sandbox } from './fixture.ts';

let sb: Sandbox;
beforeAll(async () => {
  sb = await sandbox();
});
afterAll(() => sb.close());

describe('start without any AWS credentials', () => {
  test('says none were found and how to provide them, without calling the pipeline', async () => {
    const r = await run(sb, { command: 'start' }, { env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined } }).result;
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toContain('CodePipeline StartPipelineExecution: no AWS credentials were found');
    expect(r.errors[0]?.message).toContain('Set role-to-assume');
    expect(sb.server.callsOf('StartPipelineExecution')).toHaveLength(0);
  });
});
