/**
 * The release and CI workflows do what docs/workflows.md and the README promise, with the least
 * privilege: release.yml checks before it moves the major tag and only its tag-moving job can
 * write; ci.yml installs pinned tools and the Argo CRDs by checksum; every third-party action
 * is pinned to a full commit; .ci/run refuses to run without the tools; skipped suites are named
 * in the last lines of the test output.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error: a plain-JS jest reporter without type declarations
import SummaryReporter, { skippedLines } from '../harness/summary-reporter.js';
import { workflowProblems } from './github-schemas.ts';
import { ROOT, trigger, workflowFile, workflowFiles, type Job, type Mapping } from './workflow-files.ts';

const release = workflowFile('.github/workflows/release.yml');
const ci = workflowFile('.github/workflows/ci.yml');
const jobs = (f: { doc: { jobs: Record<string, Job> } }): [string, Job][] => Object.entries(f.doc.jobs);
const scripts = (job: Job): string => (job.steps ?? []).map((s) => s.run ?? '').join('\n');

describe('.github/workflows/release.yml', () => {
  test("passes GitHub's workflow schema", async () => {
    expect(await workflowProblems(release.abs)).toEqual([]);
  });

  test('runs only when a release is published', () => {
    expect(release.doc.on).toEqual({ release: { types: ['published'] } });
  });

  test('reads by default; only move-major-tag may write, and only contents', () => {
    expect(release.doc.permissions).toEqual({ 'contents': 'read' });
    for (const [id, job] of jobs(release)) {
      const expected = id === 'move-major-tag' ? { contents: 'write' } : { contents: 'read' };
      expect([id, job.permissions]).toEqual([id, expected]);
    }
  });

  test('the job that can write runs no action and checks nothing out', () => {
    const move = release.doc.jobs['move-major-tag'] as Job;
    expect((move.steps ?? []).filter((s) => s.uses !== undefined)).toEqual([]);
    expect(scripts(move)).toMatch(/git\/refs\/tags\/\$\{MAJOR\}/);
    expect(move.needs).toBe('check');
    expect((move as { if?: string }).if).toBe("needs.check.outputs.move == 'true'");
  });

  test('checks the tag, package.json, the CHANGELOG and a fresh dist/ before anything moves', () => {
    const check = scripts(release.doc.jobs.check as Job);
    for (const s of ['^v([0-9]+)\\.([0-9]+)\\.([0-9]+)$', 'package.json', 'CHANGELOG.md', 'npm run check-dist', 'npm ci', 'PRERELEASE', 'sort -V']) expect([s, check.includes(s)]).toEqual([s, true]);
  });

  test('the tag check accepts vX.Y.Z, refuses the rest, and leaves the major tag for backports', () => {
    const step = ((release.doc.jobs.check as Job).steps ?? []).find((s) => s.id === 'tag');
    const run = (tag: string, tags: string[], prerelease = 'false'): { code: number | null; out: string } => {
      const dir = spawnSync('mktemp', ['-d'], { encoding: 'utf8' }).stdout.trim();
      const git = (...args: string[]): void => {
        spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
      };
      git('init', '-q');
      spawnSync('sh', ['-c', `printf '{"version":"${tag.replace(/^v/, '')}","repository":{"url":"git+https://github.com/acme/aphex-pipeline-action.git"}}' > package.json && printf '## [${tag.replace(/^v/, '')}] - 2026-01-01\\n' > CHANGELOG.md`], { cwd: dir });
      git('add', '.');
      git('commit', '-q', '-m', 'x');
      for (const t of tags) git('tag', t);
      const output = path.join(dir, 'out');
      const r = spawnSync('bash', ['-c', step?.run ?? 'exit 99'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, TAG: tag, PRERELEASE: prerelease, REPOSITORY: 'acme/aphex-pipeline-action', GITHUB_OUTPUT: output } });
      const out = existsSync(output) ? readFileSync(output, 'utf8') : '';
      spawnSync('rm', ['-rf', dir]);
      return { code: r.status, out: `${out}${r.stdout}${r.stderr}` };
    };
    expect(run('v1.2.3', ['v1.2.3', 'v1.2.2', 'v1.10.0-rc.1']).out).toMatch(/major=v1\nmove=true/);
    expect(run('v1.2.3', ['v1.2.3', 'v1.10.0']).out).toMatch(/move=false/);
    const prerelease = run('v1.2.3', ['v1.2.3'], 'true').out;
    expect(prerelease).toContain('move=false');
    expect(prerelease).toContain('is a prerelease');
    const bad = run('1.2.3', []);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('is not vMAJOR.MINOR.PATCH');
  });
});

describe('.github/workflows/ci.yml', () => {
  const env = (ci.doc as unknown as { env: Record<string, string> }).env;
  const steps = (ci.doc.jobs.test as Job).steps ?? [];
  const all = steps.map((s) => s.run ?? '').join('\n');

  test('installs Node 24, moto at a pinned version, kubectl with its sha256, then runs .ci/run', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 24 });
    expect(env.MOTO_VERSION).toMatch(/^5\.\d+\.\d+$/);
    expect(all).toContain('pipx install "moto[server]==${MOTO_VERSION}"');
    expect(env.KUBECTL_VERSION).toMatch(/^v1\.\d+\.\d+$/);
    expect(env.KUBECTL_SHA256).toMatch(/^[0-9a-f]{64}$/);
    expect(all).toContain('echo "${KUBECTL_SHA256}  ${bin}/kubectl" | sha256sum --check --strict -');
    expect(steps.at(-1)?.run).toBe('bash .ci/run');
  });

  test('fetches the Argo v4.1.2 files into ../shared/argo by commit, each checked by sha256', () => {
    expect(env.ARGO_COMMIT).toMatch(/^[0-9a-f]{40}$/);
    const fetches = [...all.matchAll(/^\s*fetch (\S+) (\S+) ([0-9a-f]{64})$/gm)].map((m) => ({ upstream: m[1] as string, name: m[2] as string, sha: m[3] as string }));
    expect(fetches.map((f) => f.name).sort()).toEqual(['argoproj.io_workflows.full.yaml', 'argoproj.io_workflowtemplates.full.yaml', 'argoproj.io_workflowtemplates.minimal.yaml', 'schema.json']);
    // The test suite's own reader (test/argo/crd.ts) takes this name.
    expect(readFileSync(path.join(ROOT, 'test/argo/crd.ts'), 'utf8')).toContain("'argoproj.io_workflowtemplates.full.yaml'");
    // Where the pinned files are at hand, the recorded checksums are theirs.
    const local = path.resolve(ROOT, '..', 'shared', 'argo');
    for (const f of fetches.filter((f) => existsSync(path.join(local, f.name)))) {
      expect([f.name, createHash('sha256').update(readFileSync(path.join(local, f.name))).digest('hex')]).toEqual([f.name, f.sha]);
    }
  });
});

describe('every workflow of the repository', () => {
  const own = workflowFiles().filter((f) => f.rel.startsWith('.github/'));

  test.each(own.map((f) => [f.rel, f] as const))('%s pins third-party actions to a full commit, with its version', (_rel, f) => {
    const uses = [...f.text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].filter((m) => !(m[1] as string).startsWith('./'));
    for (const m of uses) expect([m[1], /@[0-9a-f]{40}$/.test(m[1] as string) && /# v\d+\.\d+\.\d+/.test(m[2] as string)]).toEqual([m[1], true]);
  });

  test.each(own.map((f) => [f.rel, f] as const))('%s sets permissions and job timeouts', (_rel, f) => {
    expect(f.doc.permissions).toBeDefined();
    for (const [id, job] of jobs(f)) expect([id, (job as Mapping)['timeout-minutes'] !== undefined || job.uses !== undefined || f.rel.endsWith('deploy.yml')]).toEqual([id, true]);
  });
});

describe('.ci/run and .ci/check-tools', () => {
  test('.ci/run checks the tools before it installs or tests anything', () => {
    const text = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
    expect(text.indexOf('bash .ci/check-tools')).toBeGreaterThan(0);
    expect(text.indexOf('bash .ci/check-tools')).toBeLessThan(text.indexOf('npm ci'));
  });

  test('without moto_server and kubectl on PATH it fails and says what to install', () => {
    const r = spawnSync('/bin/bash', [path.join(ROOT, '.ci/check-tools')], { encoding: 'utf8', env: { PATH: '/nonexistent' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("pipx install 'moto[server]==");
    expect(r.stderr).toContain('https://dl.k8s.io/release/');
    expect(r.stderr).toContain('nothing was run');
  });

  test('the versions it advises are the ones CI installs', () => {
    const text = readFileSync(path.join(ROOT, '.ci/check-tools'), 'utf8');
    const env = (ci.doc as unknown as { env: Record<string, string> }).env;
    expect(text).toContain(`moto[server]==${env.MOTO_VERSION}`);
    expect(text).toContain(`/release/${env.KUBECTL_VERSION}/`);
    expect(text).toContain(env.KUBECTL_SHA256);
  });
});

describe('test/harness/summary-reporter.js', () => {
  const file = (name: string, passing: number, pending: number, console?: { type: string; message: string }[]) => ({
    testFilePath: path.join(ROOT, name),
    numPendingTests: pending,
    numTodoTests: 0,
    numPassingTests: passing,
    numFailingTests: 0,
    console,
    testResults: Array.from({ length: pending }, () => ({ status: 'pending', ancestorTitles: ["Argo's WorkflowTemplate CRD (../shared/argo)"], title: 't' })),
  });

  test('names each file that skipped tests, with the reason it printed', () => {
    const results = {
      testResults: [
        file('test/a.test.ts', 3, 0),
        file('test/argo/crd.test.ts', 0, 2, [{ type: 'warn', message: 'Argo CRD conformance tests are SKIPPED: /x/shared/argo/f.yaml is absent (…).\nmore' }]),
        file('test/b.test.ts', 1, 1),
      ],
    };
    expect(skippedLines(results, ROOT)).toEqual([
      'skipped: test/argo/crd.test.ts (2 of 2 tests): Argo CRD conformance tests are SKIPPED: /x/shared/argo/f.yaml is absent (…).',
      "skipped: test/b.test.ts (1 of 2 tests): no reason captured (a single-file run prints it above); skipped: Argo's WorkflowTemplate CRD (../shared/argo)",
    ]);
  });

  test('keeps the reason after Jest has dropped the file\'s console output', () => {
    const reporter = new SummaryReporter({ rootDir: ROOT });
    const crd = file('test/argo/crd.test.ts', 0, 2, [{ type: 'warn', message: 'Argo CRD conformance tests are SKIPPED: absent' }]);
    reporter.onTestResult({}, crd);
    crd.console = undefined;
    expect(skippedLines({ testResults: [crd] }, ROOT, reporter.reasons)).toEqual(['skipped: test/argo/crd.test.ts (2 of 2 tests): Argo CRD conformance tests are SKIPPED: absent']);
  });

  test('the count stays the very last line', () => {
    const text = readFileSync(path.join(ROOT, 'test/harness/summary-reporter.js'), 'utf8');
    expect(text).toContain('[...lines, count].join');
    expect(text).toContain("process.once('exit'");
  });
});

describe('deploy.yml falls back to the environment variables', () => {
  const deploy = workflowFile('.github/workflows/deploy.yml');
  const withOf = (id: string) => ((deploy.doc.jobs.deploy as Job).steps ?? []).find((s) => s.id === id)?.with ?? {};

  test.each(['pipeline', 'argo'])('step %s', (id) => {
    expect(withOf(id)).toMatchObject({
      'aws-region': '${{ inputs.aws-region || vars.AWS_REGION }}',
      'role-to-assume': '${{ inputs.role-to-assume || vars.AWS_ROLE_ARN }}',
      'chain-role-to-assume': '${{ inputs.chain-role-to-assume || vars.AWS_CHAIN_ROLE_ARN }}',
    });
  });

  test('the fallbacks are documented for callers', () => {
    const text = readFileSync(path.join(ROOT, 'docs/workflows.md'), 'utf8');
    for (const v of ['vars.AWS_REGION', 'vars.AWS_ROLE_ARN', 'vars.AWS_CHAIN_ROLE_ARN', 'vars.EKS_CLUSTER']) expect([v, text.includes(v)]).toEqual([v, true]);
    expect(withOf('argo')['cluster-name']).toBe('${{ inputs.cluster-name || vars.EKS_CLUSTER }}');
    expect(trigger(deploy.doc, 'workflow_call')).toBeDefined();
  });
});
