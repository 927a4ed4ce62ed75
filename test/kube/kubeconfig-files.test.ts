/**
 * Files a kubeconfig setting names are refused before they are read when they are not regular
 * files: a named pipe or /dev/zero as the kubeconfig (or as a certificate it names) fails at
 * once with the reason, instead of hanging or filling memory.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from '../harness/run-action.ts';
import { kubeconfigYaml } from '../sandbox/kube.ts';
import { applyInputs, kubeSandbox, type KubeSandbox } from './fixture.ts';

let sb: KubeSandbox;
beforeAll(async () => {
  sb = await kubeSandbox();
  execFileSync('mkfifo', [path.join(sb.workspace, 'pipe')]);
});
afterAll(async () => sb.close());

describe('kubeconfig files that are not regular files', () => {
  test.each([
    ['a named pipe', 'pipe', /Cannot read kubeconfig .*pipe: it is a named pipe \(FIFO\), not a regular file\./],
    ['/dev/zero', '/dev/zero', /Cannot read kubeconfig \/dev\/zero: it is a character device \(like \/dev\/zero\), not a regular file\./],
    ['a folder', '.', /Cannot read kubeconfig .*: it is a folder, not a regular file\./],
  ])('%s as the kubeconfig fails at once with the reason', async (_name, file, message) => {
    const started = Date.now();
    const r = await runAction({ inputs: applyInputs(sb, { kubeconfig: file, 'dry-run': 'true' }), workspace: sb.workspace, timeoutMs: 20_000 });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toMatch(message);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('a certificate-authority that is a named pipe is refused, naming the setting', async () => {
    const cfg = JSON.parse(kubeconfigYaml(sb.server.url.replace('http:', 'https:'), { token: 'x' })) as { clusters: { cluster: Record<string, unknown> }[] };
    cfg.clusters[0]!.cluster = { server: sb.server.url.replace('http:', 'https:'), 'certificate-authority': 'pipe' };
    writeFileSync(path.join(sb.workspace, 'ca-pipe.yaml'), JSON.stringify(cfg));
    const r = await runAction({ inputs: applyInputs(sb, { kubeconfig: 'ca-pipe.yaml', 'dry-run': 'true' }), workspace: sb.workspace, timeoutMs: 20_000 });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toMatch(/Cannot read .*pipe \(certificate-authority of cluster .*\): it is a named pipe \(FIFO\), not a regular file\./);
  });
});
