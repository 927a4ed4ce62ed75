/**
 * aphex-build as a program: the build commands in order in the repository root at the revision,
 * each in its own `/bin/sh -c`, stopping at the first failure; with an artifact bucket the files
 * the build produced go to S3 — moto's S3 (an independent emulator; a missing moto_server fails
 * these tests) with the pod's IRSA credentials from the sandbox's STS.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startMoto, type Moto, MOTO_KEYS } from '../moto/moto.ts';
import { startSts, type StsSandbox } from '../sandbox/sts.ts';
import { podIdentity, POD_ROLE } from './aws-fixtures.ts';
import { commonArgs, makeRepo, runImageScript, tempDir } from './harness.ts';

const RUN = '6f1c2a9e-1b2c-4d5e-8f90-0123456789ab';
const repo = makeRepo([
  { 'README.md': 'first\n', '.gitignore': 'node_modules/\ncdk.out/\n', 'sub/keep.txt': 'tracked\n' },
  { 'README.md': 'second\n', 'build.sh': '#!/bin/sh\nmkdir -p node_modules/lib cdk.out && echo lib > node_modules/lib/index.js && echo "{}" > cdk.out/manifest.json && echo made > dist.txt\n' },
  { 'README.md': 'third: not this one\n' },
]);
const revision = repo.commits[1] as string;

let moto: Moto;
let sts: StsSandbox;
let s3: S3Client;
beforeAll(async () => {
  [moto, sts] = await Promise.all([startMoto(), startSts()]);
  s3 = new S3Client({ region: 'eu-west-1', endpoint: moto.url, forcePathStyle: true, credentials: { accessKeyId: MOTO_KEYS.AWS_ACCESS_KEY_ID, secretAccessKey: MOTO_KEYS.AWS_SECRET_ACCESS_KEY } });
  await s3.send(new CreateBucketCommand({ Bucket: 'shop-artifacts', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
}, 30_000);
afterAll(async () => {
  s3?.destroy();
  await moto?.close();
  await sts?.server.close();
});

const build = (commands: string[], o: { bucket?: string; env?: Record<string, string> } = {}) =>
  runImageScript('build', [...commonArgs(repo, revision, { runId: RUN, ...(o.bucket ? { bucket: o.bucket } : {}) }), '--', ...commands], { env: { ...podIdentity(sts), AWS_ENDPOINT_URL_S3: moto.url, ...o.env } });

describe('aphex-build', () => {
  test('runs each command as given, in order, in the repository root at the revision; no bucket, nothing uploaded', async () => {
    const log = path.join(tempDir('build-log'), 'log');
    const r = await build([`cat README.md >> ${log}`, `cd sub && pwd >> ${log}`, `pwd >> ${log}; echo "$APHEX_REVISION $APHEX_PIPELINE $APHEX_RUN_ID $CI" >> ${log}`, `echo 'quoted; "not split"' >> ${log}`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = spawnSync('cat', [log], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(lines[0]).toBe('second');
    expect(lines[1]).toMatch(/\/repo\/sub$/);
    // One shell per command: the cd of the second did not carry over.
    expect(lines[2]).toMatch(/\/repo$/);
    expect(lines[3]).toBe(`${revision} shop ${RUN} true`);
    expect(lines[4]).toBe('quoted; "not split"');
    expect(r.stdout).toMatch(/aphex-build: \[1\/4\] \$ cat README\.md >> .*\naphex-build: \[1\/4\] done in/);
    expect(r.result).toMatchObject({ success: true, data: { details: { commit: revision, commands: 4 } } });
    expect(r.result?.data.message).toMatch(new RegExp(`^Built ${revision} with 4 commands in [\\d.]+ s\\.$`));
    expect(r.stdout).toContain('no artifact bucket');
  });

  test('stops at the first failing command: exit 1, which command and how it ended, its last output', async () => {
    const marker = path.join(tempDir('build-marker'), 'third-ran');
    const r = await build(['echo one', 'echo "compiling…"; echo "error TS2322: nope" >&2; exit 7', `touch ${marker}`]);
    expect(r.code).toBe(1);
    expect(spawnSync('test', ['-e', marker]).status).toBe(1);
    expect(r.result?.data.message).toBe('Build command 2 of 3 failed (exit code 7): echo "compiling…"; echo "error TS2322: nope" >&2; exit 7');
    expect(r.result?.data.details).toMatchObject({ command_index: 2, exit_code: 7, output_tail: ['compiling…', 'error TS2322: nope'] });
    expect(r.result?.data.hint).toContain('build.commands in aphex-config.yaml');
    expect(r.stderr).toContain('aphex-build: error: Build command 2 of 3 failed (exit code 7)');
    expect(r.resultLast).toBe(true);
  });

  test('uploads the files the build produced (ignored ones too, not the tracked ones) to s3://<bucket>/<pipeline>/<run id>/build.tar.gz', async () => {
    const r = await build(['./build.sh'], { bucket: 'shop-artifacts' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const uri = `s3://shop-artifacts/shop/${RUN}/build.tar.gz`;
    expect(r.result?.data.details).toMatchObject({ artifact_path: uri, artifact_files: 3 });
    const got = await s3.send(new GetObjectCommand({ Bucket: 'shop-artifacts', Key: `shop/${RUN}/build.tar.gz` }));
    expect(got.Metadata).toMatchObject({ 'aphex-revision': revision, 'aphex-pipeline': 'shop', 'aphex-run-id': RUN });
    expect(Date.parse(got.Metadata?.['aphex-created'] ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const file = path.join(tempDir('build-tar'), 'a.tgz');
    writeFileSync(file, await got.Body!.transformToByteArray());
    const listed = spawnSync('tar', ['-tzf', file], { encoding: 'utf8' }).stdout.trim().split('\n').sort();
    expect(listed).toEqual(['cdk.out/manifest.json', 'dist.txt', 'node_modules/lib/index.js']);
    // The pod's identity: a web identity exchanged at STS, for the IRSA role.
    expect(sts.sts.issued.map((k) => [k.operation, k.arn.split('/')[1]])).toContainEqual(['AssumeRoleWithWebIdentity', POD_ROLE.split('/')[1]]);
  });

  test('a bucket that does not exist: exit 3, says so and what to do', async () => {
    const r = await build(['true'], { bucket: 'no-such-bucket' });
    expect(r.code).toBe(3);
    expect(r.result?.data.message).toMatch(/^Could not upload the build artifacts to s3:\/\/no-such-bucket\/shop\/.*\/build\.tar\.gz: S3 PutObject failed \(HTTP 404 NoSuchBucket/);
    expect(r.result?.data.hint).toContain('The bucket no-such-bucket does not exist');
  });

  test('no commands: exit 2', async () => {
    const r = await runImageScript('build', commonArgs(repo, revision));
    expect(r.code).toBe(2);
    expect(r.result?.data.message).toBe('aphex-build: no build commands after --, or an empty one.');
  });

  test('SIGTERM (Argo stopping the step) stops the running command too: exit 143', async () => {
    const pidFile = path.join(tempDir('build-term'), 'pid');
    const started = Date.now();
    const r = await runImageScript('build', [...commonArgs(repo, revision), '--', `sleep 30 & echo $! > ${pidFile}; echo started; wait`], { signalOn: { pattern: /^started$/m, signal: 'SIGTERM' } });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.code).toBe(143);
    expect(r.result).toMatchObject({ success: false, data: { exit_code: 143, message: 'aphex-build was stopped by SIGTERM (the step was terminated).' } });
    // The command's own children went with it (its process group was signalled).
    const pid = Number(spawnSync('cat', [pidFile], { encoding: 'utf8' }).stdout.trim());
    expect(pid).toBeGreaterThan(0);
    const alive = (): boolean => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 20 && alive(); i++) await new Promise((res) => setTimeout(res, 100));
    expect(alive()).toBe(false);
  });
});
