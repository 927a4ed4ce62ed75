/**
 * aphex-validate as a program: a local git repository (file://), the config at --revision
 * checked with the project's validator; problems at their lines with exit code 1; a revision
 * or repository that cannot be fetched, exit code 3; arguments the template would never pass,
 * exit code 2. Also what every script shares: the result line, redaction, the fetch fallback.
 */
import { describe, expect, test } from '@jest/globals';
import { commonArgs, leaks, makeRepo, MINIMAL_CONFIG, runImageScript } from './harness.ts';

const BROKEN = MINIMAL_CONFIG.replace('region: eu-west-1', 'region: eu-west1').replace('name: dev', 'name: dev\n    aproval: true');
const repo = makeRepo([{ 'aphex-config.yaml': MINIMAL_CONFIG, 'README.md': 'v1\n' }, { 'aphex-config.yaml': BROKEN }]);
const [good, bad] = repo.commits as [string, string];

const validate = (revision: string, extra: string[] = ['--config', 'aphex-config.yaml'], env: Record<string, string> = {}) => runImageScript('validate', [...commonArgs(repo, revision), ...extra], { env });

describe('aphex-validate', () => {
  test('a valid config at an older commit passes: exit 0, one result line, last', async () => {
    const r = await validate(good);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.resultLast).toBe(true);
    expect(r.result).toMatchObject({ success: true, script: 'aphex-validate', data: { exit_code: 0, details: { commit: good, config: 'aphex-config.yaml', environments: ['dev'] } } });
    expect(r.result?.data.message).toBe(`aphex-config.yaml is valid at ${good}: 1 build command, 1 environment (dev).`);
    expect(Date.parse(r.result?.timestamp ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(r.stdout).toContain(`checked out ${good}`);
  });

  test('the broken config at HEAD (the branch name works too): every problem at its line, exit 1', async () => {
    for (const revision of ['HEAD', 'main']) {
      const r = await validate(revision);
      expect(r.code).toBe(1);
      expect(r.result?.success).toBe(false);
      expect(r.result?.data.details.problems).toEqual(
        expect.arrayContaining([expect.objectContaining({ file: 'aphex-config.yaml', line: 7, rule: 'unknown-key' }), expect.objectContaining({ file: 'aphex-config.yaml', line: 8, rule: 'format' })]),
      );
      expect(r.stderr).toMatch(/^aphex-config\.yaml:7:5: Unknown key 'aproval' .*Did you mean 'approval'\? \[unknown-key\]$/m);
      expect(r.stderr).toMatch(/^aphex-config\.yaml:8:13: Region 'eu-west1' .*Did you mean 'eu-west-1'\? \[format\]$/m);
      expect(r.stderr).toContain('aphex-validate: error: aphex-config.yaml has 2 problems');
      expect(r.stdout).toContain(`checked out ${bad}`);
    }
  });

  test('a config path that is not in the repository: exit 1, says where it looked', async () => {
    const r = await validate(good, ['--config', 'deploy/aphex-config.yaml']);
    expect(r.code).toBe(1);
    expect(r.result?.data.message).toMatch(/^--config deploy\/aphex-config\.yaml: there is no such file at this revision \(looked for .*deploy\/aphex-config\.yaml\)\.$/);
    const escape = await validate(good, ['--config', '../etc/passwd']);
    expect([escape.code, escape.result?.data.message]).toEqual([2, "--config ../etc/passwd must be a path relative to the repository root, without '..'."]);
  });

  test('a config linking out of the repository is refused', async () => {
    const linked = makeRepo([{ 'README.md': 'x' }]);
    const { symlinkSync } = await import('node:fs');
    const path = await import('node:path');
    symlinkSync('/etc/hostname', path.join(linked.dir, 'aphex-config.yaml'));
    const id = linked.commit({});
    const r = await runImageScript('validate', [...commonArgs(linked, id), '--config', 'aphex-config.yaml']);
    expect(r.code).toBe(1);
    expect(r.result?.data.message).toMatch(/it is a link to .*, outside the repository/);
  });

  test('a credential in the config is never printed', async () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const leaky = makeRepo([{ 'aphex-config.yaml': MINIMAL_CONFIG.replace('    - make', `    - AWS_SECRET_ACCESS_KEY=${secret} make`) }]);
    const r = await runImageScript('validate', [...commonArgs(leaky, 'HEAD'), '--config', 'aphex-config.yaml']);
    expect(r.code).toBe(1);
    expect(r.result?.data.details.problems).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'credential' })]));
    expect(leaks(r, [secret])).toEqual([]);
  });

  test('a revision that does not exist: exit 3, names it and what to do', async () => {
    const r = await validate('0123456789abcdef0123456789abcdef01234567');
    expect(r.code).toBe(3);
    expect(r.result?.data.message).toMatch(/^Could not fetch revision '0123456789abcdef0123456789abcdef01234567' of file:\/\/.* \(git exit code \d+\):/);
    expect(r.result?.data.hint).toContain('submit the Workflow with an existing revision');
  });

  test('a repository that is not there: exit 3', async () => {
    const r = await runImageScript('validate', ['--pipeline', 'shop', '--repository', 'file:///nonexistent/repo.git', '--revision', 'HEAD', '--run-id', 'u1', '--config', 'aphex-config.yaml']);
    expect(r.code).toBe(3);
    expect(r.result?.data.message).toContain("Could not fetch revision 'HEAD' of file:///nonexistent/repo.git");
  });

  test('a password in the clone URL is never printed', async () => {
    const url = 'https://x-access-token:ghs_abcdefghijklmnopqrstuvwxyz0123456789@127.0.0.1:9/acme/shop.git';
    const r = await runImageScript('validate', ['--pipeline', 'shop', '--repository', url, '--revision', 'HEAD', '--run-id', 'u1', '--config', 'aphex-config.yaml']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('https://***@127.0.0.1:9/acme/shop.git');
    expect(leaks(r, ['ghs_abcdefghijklmnopqrstuvwxyz0123456789'])).toEqual([]);
  });

  test('a server that refuses unadvertised commits gets a full fetch instead', async () => {
    // Protocol v0 without allowReachableSHA1InWant refuses to send a commit by id.
    const env = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'protocol.version', GIT_CONFIG_VALUE_0: '0' };
    const r = await validate(good, undefined, env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`the shallow fetch of ${good} was refused; fetching all branches and tags`);
    expect(r.result?.data.details.commit).toBe(good);
  });

  test.each([
    [['--pipeline', 'shop'], 'missing --repository, --revision, --run-id, --config.'],
    [[...commonArgs(repo, 'HEAD'), '--config', 'a.yaml', '--colour', 'red'], 'unknown argument --colour.'],
    [['--pipeline', 'Shop_1', '--repository', 'x', '--revision', 'HEAD', '--run-id', 'u', '--config', 'a'], '--pipeline "Shop_1" is not a pipeline name'],
    [['--pipeline', 'shop', '--repository', 'x', '--revision', '--upload-pack=touch /tmp/x', '--run-id', 'u', '--config', 'a'], '--revision'],
    [['--pipeline', 'shop', '--repository', 'x', '--revision', 'a b', '--run-id', 'u', '--config', 'a'], '--revision "a b" is not a commit id, branch, tag or HEAD.'],
  ])('usage errors exit 2: %j', async (args, message) => {
    const r = await runImageScript('validate', args);
    expect(r.code).toBe(2);
    expect(r.result?.data.message).toContain(message);
    expect(r.result?.data.hint).toBeTruthy();
  });
});
