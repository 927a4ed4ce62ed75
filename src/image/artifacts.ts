/**
 * Build artifacts: every file the build commands left in the checkout that git does not track
 * (ignored files included: node_modules, cdk.out, dist, …), packed into one gzipped tar and
 * stored at s3://<bucket>/<pipeline>/<run id>/build.tar.gz with the commit and the time as
 * object metadata. The environment steps restore it into their own checkout of the same commit
 * before they run anything. The S3 client is loaded only when a bucket is set.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { awsClientConfig } from '../aws/clients.js';
import { answerText, describeAwsError } from '../aws/describe-error.js';
import { classifyError, isRetryable, RetryExhausted, withRetry, type RetryPolicy } from '../retry/index.js';
import { EXIT, ScriptError, type Output } from './cli.js';
import { howItEnded, runCaptured, spawnWithStdin } from './exec.js';

export const ARTIFACT_NAME = 'build.tar.gz';
/** One PUT carries at most 5 GiB. */
const MAX_BYTES = 5 * 1024 ** 3;
/** Uploads and downloads can be large: long attempts, a few of them. */
const TRANSFER_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 8000, deadlineMs: 60 * 60_000, attemptTimeoutMs: 30 * 60_000 };

export interface ArtifactLocation {
  bucket: string;
  pipeline: string;
  runId: string;
}

export function artifactKey(l: ArtifactLocation): string {
  return `${l.pipeline}/${l.runId}/${ARTIFACT_NAME}`;
}

export function artifactUri(l: ArtifactLocation): string {
  return `s3://${l.bucket}/${artifactKey(l)}`;
}

interface Transfer extends ArtifactLocation {
  dir: string;
  env: NodeJS.ProcessEnv;
  out: Output;
  signal?: AbortSignal;
}

async function s3(env: NodeJS.ProcessEnv): Promise<{ mod: typeof import('@aws-sdk/client-s3'); client: S3Client }> {
  const mod = await import('@aws-sdk/client-s3');
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
  // S3-compatible endpoints (MinIO, emulators) address buckets by path.
  const custom = Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL);
  const client = new mod.S3Client({ ...awsClientConfig({ region, credentials: undefined, env }, { maxAttempts: 1, requestTimeoutMs: 120_000 }), followRegionRedirects: true, forcePathStyle: custom });
  return { mod, client };
}

function s3Error(e: unknown, operation: 'PutObject' | 'GetObject', t: Transfer): ScriptError {
  const last = e instanceof RetryExhausted ? e.last : e;
  const f = describeAwsError(last, 'S3', operation);
  const uri = artifactUri(t);
  const verb = operation === 'PutObject' ? 'upload the build artifacts to' : 'restore the build artifacts from';
  const hints: Record<string, string> = {
    NoSuchBucket: `The bucket ${t.bucket} does not exist (or is in another partition): create it, or fix artifactBucket in aphex-config.yaml (the action input artifact-bucket overrides it).`,
    NoSuchKey: `The build of run ${t.runId} stored no artifacts there: aphex-build uploads them when the pipeline has an artifact bucket. Re-run the whole Workflow so the build stage runs with the bucket.`,
    AccessDenied: `The pod's IAM role (IRSA${t.env.AWS_ROLE_ARN ? `: ${t.env.AWS_ROLE_ARN}` : ''}) needs s3:${operation} on arn:aws:s3:::${t.bucket}/${t.pipeline}/*.`,
    CredentialsProviderError: "The pod has no AWS credentials: give the Workflow's service account an IAM role (IRSA, annotation eks.amazonaws.com/role-arn).",
  };
  const hint = hints[f.code ?? ''] ?? 'Re-run the step; if it persists, check that the pod can reach S3 (network policy, proxy: HTTPS_PROXY / NO_PROXY).';
  return new ScriptError(EXIT.environment, `Could not ${verb} ${uri}: S3 ${operation} failed (${answerText(f)}).`, { hint, details: { artifact: uri } });
}

/** The untracked files of the checkout (NUL-separated, as tar reads them). */
async function untrackedFiles(dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const r = await runCaptured('git', ['-C', dir, 'ls-files', '--others', '-z'], { cwd: dir, env });
  if (r.code !== 0) throw new ScriptError(EXIT.failed, `Could not list the files the build produced (git ${howItEnded(r)}): ${r.stderr.trim()}`, { hint: 'The build commands must leave the checkout a git work tree (do not delete .git).' });
  return r.stdout;
}

/** Packs the build's untracked files and uploads them; returns the URI, file count and size. */
export async function uploadBuildArtifacts(t: Transfer & { commit: string }): Promise<{ uri: string; files: number; bytes: number }> {
  const list = await untrackedFiles(t.dir, t.env);
  const files = list.split('\0').filter((f) => f !== '').length;
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'aphex-artifacts-'));
  const archive = path.join(tmp, ARTIFACT_NAME);
  try {
    const tar = await runCaptured('tar', ['--create', '--gzip', '--file', archive, '--null', '--files-from', '-'], { cwd: t.dir, env: t.env, input: list });
    if (tar.code !== 0) throw new ScriptError(EXIT.failed, `Could not pack the build artifacts (tar ${howItEnded(tar)}): ${tar.stderr.trim().split('\n').slice(-5).join('\n')}`, { hint: 'Check that the workspace has room (APHEX_WORKSPACE, /tmp).' });
    const bytes = (await stat(archive)).size;
    if (bytes > MAX_BYTES) throw new ScriptError(EXIT.failed, `The build artifacts are ${(bytes / 1024 ** 3).toFixed(1)} GiB packed, more than the 5 GiB one upload may have.`, { hint: 'Make the build leave fewer untracked files in the checkout (delete caches it does not need later).' });
    t.out.log(`uploading ${files} files (${bytes} bytes packed) to ${artifactUri(t)}`);
    const { mod, client } = await s3(t.env);
    const put = (timeoutMs: number): Promise<unknown> =>
      client.send(
        new mod.PutObjectCommand({
          Bucket: t.bucket,
          Key: artifactKey(t),
          Body: createReadStream(archive),
          ContentLength: bytes,
          ContentType: 'application/gzip',
          Metadata: { 'aphex-pipeline': t.pipeline, 'aphex-run-id': t.runId, 'aphex-revision': t.commit, 'aphex-created': new Date().toISOString() },
        }),
        { abortSignal: t.signal ? AbortSignal.any([AbortSignal.timeout(timeoutMs), t.signal]) : AbortSignal.timeout(timeoutMs) },
      );
    try {
      await withRetry(({ timeoutMs }) => put(timeoutMs), { policy: TRANSFER_RETRY, signal: t.signal });
    } catch (e) {
      throw s3Error(e, 'PutObject', t);
    } finally {
      client.destroy();
    }
    return { uri: artifactUri(t), files, bytes };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Downloads the build's artifacts and unpacks them into the checkout. */
export async function restoreBuildArtifacts(t: Transfer): Promise<{ uri: string; bytes: number }> {
  const { mod, client } = await s3(t.env);
  t.out.log(`restoring the build artifacts from ${artifactUri(t)}`);
  try {
    return await withRetry(
      async ({ timeoutMs }) => {
        const abortSignal = t.signal ? AbortSignal.any([AbortSignal.timeout(timeoutMs), t.signal]) : AbortSignal.timeout(timeoutMs);
        const got = await client.send(new mod.GetObjectCommand({ Bucket: t.bucket, Key: artifactKey(t) }), { abortSignal });
        const tar = spawnWithStdin('tar', ['--extract', '--gzip', '--file', '-'], { cwd: t.dir, env: t.env });
        await pipeline(got.Body as Readable, tar.stdin);
        const done = await tar.done;
        if (done.code !== 0) throw new ScriptError(EXIT.environment, `Could not unpack ${artifactUri(t)} (tar ${howItEnded(done)}): ${done.stderr.trim().split('\n').slice(-5).join('\n')}`, { hint: 'Check that the workspace has room; re-run the whole Workflow if the archive is damaged.' });
        return { uri: artifactUri(t), bytes: got.ContentLength ?? 0 };
      },
      { policy: TRANSFER_RETRY, signal: t.signal, isRetryable: (e) => !(e instanceof ScriptError) && isRetryable(classifyError(e, t.signal)) },
    );
  } catch (e) {
    const last = e instanceof RetryExhausted ? e.last : e;
    if (last instanceof ScriptError) throw last;
    throw s3Error(e, 'GetObject', t);
  } finally {
    client.destroy();
  }
}
