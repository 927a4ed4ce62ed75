/**
 * The image's release: .github/workflows/image.yml passes GitHub's workflow parser, pins its
 * actions, gives each job only what it needs, and its shell steps do what they say when run
 * here (the patch hand-over from `pin` to `pull-request` against a local repository with a
 * stand-in gh; the version tag of a release). scripts/pin-image.mjs rewrites DEFAULT_IMAGE.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_IMAGE, IMAGE_REFERENCE } from '../../src/argo/options.ts';
// @ts-expect-error: a plain-JS script without type declarations
import { pinDefaultImage } from '../../scripts/pin-image.mjs';
import { workflowProblems } from '../workflows/github-schemas.ts';
import { workflowFile, type Job, type Step } from '../workflows/workflow-files.ts';
import { makeRepo, ROOT, tempDir } from './harness.ts';

const wf = workflowFile('.github/workflows/image.yml');
const jobs = wf.doc.jobs as Record<string, Job & { if?: string; 'timeout-minutes'?: number }>;
const step = (job: string, name: RegExp): Step => (jobs[job]?.steps ?? []).find((s) => name.test(s.name ?? '')) as Step;
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const PINNED = `ghcr.io/acme/aphex-pipeline:sha-0123456789ab@${DIGEST}`;

function bash(script: string, env: Record<string, string>, cwd: string): { code: number | null; out: string; output: string } {
  const output = path.join(tempDir('gh-out'), 'out');
  writeFileSync(output, '');
  const summary = path.join(path.dirname(output), 'summary');
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_RUN_ID: '42', ...env } });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, output: readFileSync(output, 'utf8') };
}

describe('.github/workflows/image.yml', () => {
  test("passes GitHub's workflow schema", async () => {
    expect(await workflowProblems(wf.abs)).toEqual([]);
  });

  test('runs on demand and when a release is published; reads by default', () => {
    expect(wf.doc.on).toEqual({ workflow_dispatch: null, release: { types: ['published'] } });
    expect(wf.doc.permissions).toEqual({ contents: 'read' });
  });

  test('each job has only the permissions it needs, and a timeout', () => {
    expect(Object.fromEntries(Object.entries(jobs).map(([id, j]) => [id, j.permissions]))).toEqual({
      image: { contents: 'read', packages: 'write' },
      pin: { contents: 'read' },
      'pull-request': { contents: 'write', 'pull-requests': 'write' },
      'tag-release': { contents: 'read', packages: 'write' },
    });
    for (const [id, j] of Object.entries(jobs)) expect([id, typeof j['timeout-minutes']]).toEqual([id, 'number']);
  });

  test('the job that can write to the repository runs no action and no project code', () => {
    const pr = jobs['pull-request'] as Job;
    expect((pr.steps ?? []).filter((s) => s.uses !== undefined)).toEqual([]);
    expect((pr.steps ?? []).map((s) => s.run ?? '').join('\n')).not.toMatch(/\bnpm\b|\bnode\b/);
  });

  test('every action is pinned to a full commit with its version', () => {
    const uses = [...wf.text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const m of uses) expect([m[1], /@[0-9a-f]{40}$/.test(m[1] as string) && /# v\d+\.\d+\.\d+/.test(m[2] as string)]).toEqual([m[1], true]);
  });

  test('builds image/Dockerfile for linux/amd64 and linux/arm64 and pushes it; the reference carries the digest', () => {
    const push = step('image', /^Build for/);
    expect(push.uses).toMatch(/^docker\/build-push-action@/);
    expect(push.with).toMatchObject({ context: '.', file: 'image/Dockerfile', platforms: 'linux/amd64,linux/arm64', push: true });
    expect(jobs.image?.outputs?.reference).toBe('${{ steps.name.outputs.image }}:sha-${{ steps.name.outputs.short }}@${{ steps.push.outputs.digest }}');
    expect(jobs.image?.if).toBe("github.event_name == 'workflow_dispatch'");
    expect(jobs['tag-release']?.if).toBe("github.event_name == 'release'");
  });

  test('pin → pull-request: the patch of DEFAULT_IMAGE and dist/ lands on a branch from the built commit, with a pull request', () => {
    const repo = makeRepo([{ 'src/argo/options.ts': `x\nexport const DEFAULT_IMAGE = 'ghcr.io/your-org/aphex-pipeline:unreleased';\n`, 'dist/index.js': "const DEFAULT_IMAGE = 'old';\n", 'README.md': 'r\n' }]);
    const built = repo.commits[0] as string;
    // The pin job's work on its checkout (what pin-image.mjs and npm run build change).
    const work = tempDir('pin');
    spawnSync('git', ['clone', '--quiet', repo.dir, work]);
    writeFileSync(path.join(work, 'src/argo/options.ts'), pinDefaultImage(readFileSync(path.join(work, 'src/argo/options.ts'), 'utf8'), PINNED));
    writeFileSync(path.join(work, 'dist/index.js'), `const DEFAULT_IMAGE = '${PINNED}';\n`);
    const patch = bash(step('pin', /as a patch/).run as string, {}, work);
    expect(patch.code).toBe(0);
    const encoded = /^patch=(.+)$/m.exec(patch.output)?.[1] ?? '';
    expect(encoded.length).toBeGreaterThan(100);
    // The pull-request job: a stand-in gh, the "server" is the local repository.
    const bin = tempDir('gh');
    writeFileSync(path.join(bin, 'gh'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${bin}/gh-args"\necho https://github.com/acme/shop/pull/7\n`);
    chmodSync(path.join(bin, 'gh'), 0o755);
    // <SERVER_URL>/<REPOSITORY>.git is the local repository.
    const server = tempDir('server');
    mkdirSync(path.join(server, 'acme'));
    symlinkSync(repo.dir, path.join(server, 'acme', 'shop.git'));
    const env = { PATH: `${bin}:${process.env.PATH}`, GH_TOKEN: 'ghs_token', REPOSITORY: 'acme/shop', SERVER_URL: `file://${server}`, BASE: 'main', REF_TYPE: 'branch', SHA: built, PATCH: encoded, REFERENCE: PINNED };
    const pr = bash(step('pull-request', /^Commit the patch/).run as string, env, tempDir('pr'));
    expect([pr.code, pr.out]).toEqual([0, '']);
    const branch = `aphex-pipeline-image/${built.slice(0, 12)}`;
    const show = (file: string): string => spawnSync('git', ['-C', repo.dir, 'show', `${branch}:${file}`], { encoding: 'utf8' }).stdout;
    expect(show('src/argo/options.ts')).toContain(`export const DEFAULT_IMAGE = '${PINNED}';`);
    expect(show('dist/index.js')).toContain(PINNED);
    expect(spawnSync('git', ['-C', repo.dir, 'rev-parse', `${branch}~1`], { encoding: 'utf8' }).stdout.trim()).toBe(built);
    expect(spawnSync('git', ['-C', repo.dir, 'log', '-1', '--format=%s', branch], { encoding: 'utf8' }).stdout.trim()).toBe(`Pin the pipeline image to ${DIGEST}`);
    const args = readFileSync(path.join(bin, 'gh-args'), 'utf8').split('\n');
    expect(args.slice(0, 8)).toEqual(['pr', 'create', '--repo', 'acme/shop', '--base', 'main', '--head', branch]);
  });

  test('pin refuses a change beyond src/argo/options.ts and dist/', () => {
    const repo = makeRepo([{ 'src/argo/options.ts': 'a\n', 'README.md': 'r\n' }]);
    const work = tempDir('pin-other');
    spawnSync('git', ['clone', '--quiet', repo.dir, work]);
    writeFileSync(path.join(work, 'README.md'), 'changed\n');
    const r = bash(step('pin', /as a patch/).run as string, {}, work);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Pinning the image changed more than src/argo/options.ts and dist/:%0AREADME.md');
  });

  test('tag-release: a release pinning an image of this repository gets its version tag; the placeholder fails the release', () => {
    const run = step('tag-release', /^The image the release pins/).run as string;
    const at = (constant: string): ReturnType<typeof bash> => {
      const dir = tempDir('tag');
      mkdirSync(path.join(dir, 'src/argo'), { recursive: true });
      writeFileSync(path.join(dir, 'src/argo/options.ts'), `export const DEFAULT_IMAGE = '${constant}';\n`);
      return bash(run, { OWNER: 'Acme', TAG: 'v1.4.0' }, dir);
    };
    const ok = at(PINNED);
    expect(ok.code).toBe(0);
    expect(ok.output).toBe(`source=ghcr.io/acme/aphex-pipeline@${DIGEST}\ntarget=ghcr.io/acme/aphex-pipeline:1.4.0\n`);
    const unpinned = at('ghcr.io/your-org/aphex-pipeline:unreleased');
    expect(unpinned.code).toBe(1);
    expect(unpinned.out).toContain("v1.4.0 pins DEFAULT_IMAGE 'ghcr.io/your-org/aphex-pipeline:unreleased', not an image of ghcr.io/acme/aphex-pipeline by digest.");
    expect(at(`ghcr.io/someone/aphex-pipeline@${DIGEST}`).code).toBe(1);
  });
});

describe('scripts/pin-image.mjs and DEFAULT_IMAGE', () => {
  test('rewrites the one DEFAULT_IMAGE line; the result is an image reference the renderer accepts', () => {
    const text = readFileSync(path.join(ROOT, 'src/argo/options.ts'), 'utf8');
    const pinned = pinDefaultImage(text, PINNED) as string;
    expect(pinned.split('\n').filter((l) => l !== text.split('\n')[pinned.split('\n').indexOf(l)])).toEqual([`export const DEFAULT_IMAGE = '${PINNED}';`]);
    expect(IMAGE_REFERENCE.test(PINNED)).toBe(true);
  });

  test('refuses a reference without a digest, and a file without exactly one DEFAULT_IMAGE line', () => {
    expect(() => pinDefaultImage("export const DEFAULT_IMAGE = 'x';\n", 'ghcr.io/acme/aphex-pipeline:1.0')).toThrow(/is not an image reference with a digest/);
    expect(() => pinDefaultImage('nothing here\n', PINNED)).toThrow(/found 0/);
    expect(() => pinDefaultImage("export const DEFAULT_IMAGE = 'a';\nexport const DEFAULT_IMAGE = 'b';\n", PINNED)).toThrow(/found 2/);
  });

  test('as a program: --file, exit 1 with the reason', () => {
    const file = path.join(tempDir('pin-file'), 'options.ts');
    writeFileSync(file, "export const DEFAULT_IMAGE = 'ghcr.io/your-org/aphex-pipeline:unreleased';\n");
    const ok = spawnSync(process.execPath, [path.join(ROOT, 'scripts/pin-image.mjs'), PINNED, '--file', file], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(`export const DEFAULT_IMAGE = '${PINNED}';\n`);
    const bad = spawnSync(process.execPath, [path.join(ROOT, 'scripts/pin-image.mjs'), 'latest', '--file', file], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("'latest' is not an image reference with a digest");
  });

  test('DEFAULT_IMAGE is the unreleased placeholder or a published image by digest', () => {
    expect(DEFAULT_IMAGE).toMatch(/^(ghcr\.io\/your-org\/aphex-pipeline:unreleased|ghcr\.io\/[a-z0-9-]+\/aphex-pipeline(:[\w.-]+)?@sha256:[0-9a-f]{64})$/);
    expect(IMAGE_REFERENCE.test(DEFAULT_IMAGE)).toBe(true);
  });
});
