/**
 * image/Dockerfile as far as this machine allows (there is no Docker engine here): its build
 * stage replayed — the build context .dockerignore admits, copied to a fresh folder, bundled by
 * scripts/build-image.mjs under this Node 24 — then its own check (every wrapper without
 * arguments exits 2) and a real aphex-validate through the bundle's wrapper on PATH. Static
 * checks of the final stage: Node 24 base, git, the CDK CLI pinned to an exact version, the
 * scripts on PATH, a numeric non-root user.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { commonArgs, makeRepo, MINIMAL_CONFIG, ROOT, runImageScript, tempDir } from './harness.ts';

const DOCKERFILE = readFileSync(path.join(ROOT, 'image/Dockerfile'), 'utf8');
const IGNORE = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8');
const SCRIPTS = ['validate', 'build', 'deploy-pipeline', 'deploy-stack', 'test'];

/** Root-level names the allowlist-style .dockerignore (`*`, then `!name`) lets into the context. */
function admitted(): string[] {
  const lines = IGNORE.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  expect(lines[0]).toBe('*');
  return lines.slice(1).map((l) => {
    expect(l.startsWith('!')).toBe(true);
    return l.slice(1).replace(/\/$/, '');
  });
}

/** `COPY <src>... <dest>` sources of the build stage (not --from). */
function copySources(): string[] {
  return [...DOCKERFILE.matchAll(/^COPY (?!--from)(.+)$/gm)].flatMap((m) => (m[1] as string).trim().split(/\s+/).slice(0, -1)).map((s) => s.replace(/\/$/, ''));
}

let bundle: string;
let buildMs: number;
beforeAll(() => {
  // The build context, as .dockerignore admits it, in a fresh folder; node_modules as `npm ci` made it.
  const context = tempDir('context');
  for (const name of admitted()) cpSync(path.join(ROOT, name), path.join(context, name), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(context, 'node_modules'));
  bundle = path.join(tempDir('opt'), 'aphex');
  const started = Date.now();
  execFileSync(process.execPath, [path.join(context, 'scripts/build-image.mjs'), '--out', bundle], { cwd: context, stdio: ['ignore', 'ignore', 'inherit'] });
  buildMs = Date.now() - started;
}, 120_000);

describe('image/Dockerfile', () => {
  test('every COPY source exists and is admitted by .dockerignore; nothing else is sent', () => {
    const allowed = admitted();
    for (const source of copySources()) {
      expect([source, existsSync(path.join(ROOT, source))]).toEqual([source, true]);
      expect([source, allowed.some((a) => source === a || source.startsWith(`${a}/`))]).toEqual([source, true]);
    }
    expect(allowed.sort()).toEqual(['package-lock.json', 'package.json', 'scripts/build-image.mjs', 'scripts/bundle.mjs', 'src', 'tsconfig.json']);
  });

  test('Node 24 in both stages, git, the CDK CLI at an exact version, the scripts on PATH, a numeric non-root user', () => {
    expect(DOCKERFILE).toMatch(/^ARG NODE_VERSION=24\.\d+\.\d+$/m);
    expect([...DOCKERFILE.matchAll(/^FROM (\S+)/gm)].map((m) => m[1])).toEqual(['node:${NODE_VERSION}-bookworm-slim', 'node:${NODE_VERSION}-bookworm-slim']);
    expect(DOCKERFILE).toMatch(/^ARG CDK_VERSION=\d+\.\d+\.\d+$/m);
    expect(DOCKERFILE).toContain('npm install --global --no-audit --no-fund "aws-cdk@${CDK_VERSION}"');
    expect(DOCKERFILE).toMatch(/apt-get install --yes --no-install-recommends git ca-certificates/);
    expect(DOCKERFILE).toMatch(/^ENV PATH=\/opt\/aphex\/bin:\$PATH/m);
    expect(DOCKERFILE).toContain('COPY --from=build /opt/aphex /opt/aphex');
    expect(DOCKERFILE).toContain('RUN node scripts/build-image.mjs --out /opt/aphex');
    const user = [...DOCKERFILE.matchAll(/^USER (\S+)$/gm)].map((m) => m[1]);
    expect(user).toEqual(['1000:1000']);
  });

  test("the build stage's bundle: index.js, its chunks, licenses, one executable wrapper per script", () => {
    const files = readdirSync(bundle);
    expect(files).toEqual(expect.arrayContaining(['index.js', 'licenses.txt', 'bin']));
    expect(readdirSync(path.join(bundle, 'bin')).sort()).toEqual(SCRIPTS.map((s) => `aphex-${s}`).sort());
    for (const s of SCRIPTS) expect(statSync(path.join(bundle, 'bin', `aphex-${s}`)).mode & 0o111).toBe(0o111);
    // Readable by the image's non-root user.
    expect(statSync(bundle).mode & 0o755).toBe(0o755);
    const size = readdirSync(bundle).filter((f) => f.endsWith('.js')).reduce((n, f) => n + statSync(path.join(bundle, f)).size, 0);
    expect(size).toBeLessThan(8 * 1024 * 1024);
    process.stdout.write(`image bundle: ${(size / 1024 / 1024).toFixed(1)} MiB of JavaScript, built in ${(buildMs / 1000).toFixed(1)} s\n`);
  });

  test("the build stage's own check passes: each wrapper without arguments exits 2 with a result line", () => {
    const check = /RUN node scripts\/build-image\.mjs --out \/opt\/aphex \\\n([\s\S]*?)\n\n/.exec(DOCKERFILE)?.[1] ?? '';
    expect(check).toContain('for s in validate build deploy-pipeline deploy-stack test');
    const script = check.replace(/^ && /, '').replace(/\/opt\/aphex/g, bundle).replace(/\\\n/g, '\n');
    const r = spawnSync('/bin/sh', ['-c', script], { encoding: 'utf8', env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin` } });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    for (const s of SCRIPTS) {
      const one = spawnSync(path.join(bundle, 'bin', `aphex-${s}`), [], { encoding: 'utf8', env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin` } });
      expect([s, one.status, /^APHEX_RESULT \{"success":false,"script":"aphex-/m.test(one.stdout)]).toEqual([s, 2, true]);
    }
  });

  test('the bundle runs aphex-validate end to end under Node 24, from outside the repository (no source files needed)', async () => {
    expect(spawnSync(path.join(path.dirname(process.execPath), 'node'), ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^v24\./);
    const repo = makeRepo([{ 'aphex-config.yaml': MINIMAL_CONFIG }]);
    const r = await runImageScript('validate', [...commonArgs(repo, 'HEAD'), '--config', 'aphex-config.yaml'], { bundle });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.result?.data.message).toMatch(/^aphex-config\.yaml is valid at [0-9a-f]{40}: 1 build command, 1 environment \(dev\)\.$/);
  });

  test('the action bundle (scripts/build.mjs) does not take the image scripts in', () => {
    expect(readFileSync(path.join(ROOT, 'scripts/build.mjs'), 'utf8')).toContain("bundle('src/index.ts', target)");
    const imports = spawnSync('grep', ['-rl', '--include=*.ts', "from '\\.\\./image/\\|from '\\./image/", path.join(ROOT, 'src')], { encoding: 'utf8' }).stdout.trim();
    expect(imports).toBe('');
  });
});
