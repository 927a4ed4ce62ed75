/**
 * Files named by inputs (config, template-path) through the bundled action, each run bounded in
 * time: special files, kernel interfaces, over-large, not UTF-8 and absurdly nested files are
 * refused with one clear message, and nothing hangs.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runAction, type RunResult } from '../harness/run-action.ts';

const EXAMPLE = readFileSync(path.join(ROOT, 'examples/aphex-config.yaml'), 'utf8');
/** Every run here must end well before this; a hang is killed and fails the test. */
const BOUND_MS = 15_000;

function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-files-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function fifo(dir: string, name: string): string {
  const p = path.join(dir, name);
  execFileSync('mkfifo', [p]);
  return p;
}

async function run(inputs: Record<string, string>, dir: string): Promise<RunResult> {
  const r = await runAction({ inputs, workspace: dir, timeoutMs: BOUND_MS });
  expect(r.timedOut).toBe(false);
  return r;
}

/** One error, on the input, saying `problem`; no stack trace. */
function refused(r: RunResult, input: string, problem: string | RegExp): void {
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]?.properties.title).toBe(`input ${input}`);
  if (typeof problem === 'string') expect(r.errors[0]?.message).toContain(problem);
  else expect(r.errors[0]?.message).toMatch(problem);
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(/);
}

describe('config: refused before it is read', () => {
  test('a named pipe (nothing ever writes to it)', async () => {
    const dir = workspace();
    fifo(dir, 'aphex-config.yaml');
    refused(await run({ command: 'validate' }, dir), 'config', "Input 'config' names 'aphex-config.yaml', which is a named pipe (FIFO), not a regular file.");
  });

  test('/dev/zero', async () => {
    refused(await run({ command: 'validate', config: '/dev/zero' }, workspace()), 'config', "names '/dev/zero', which is a character device (like /dev/zero), not a regular file.");
  });

  test('a socket', async () => {
    const dir = workspace();
    const server = net.createServer().listen(path.join(dir, 'sock.yaml'));
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      refused(await run({ command: 'validate', config: 'sock.yaml' }, dir), 'config', 'which is a socket, not a regular file.');
    } finally {
      server.close();
    }
  });

  test('a folder', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'deploy'));
    refused(await run({ command: 'validate', config: 'deploy' }, dir), 'config', "names 'deploy', which is a folder, not a regular file.");
  });

  test('a kernel interface under /proc (it would hold the environment, secrets included)', async () => {
    refused(await run({ command: 'validate', config: '/proc/self/environ' }, workspace()), 'config', /names '\/proc\/self\/environ', which is \/proc\/\d+\/environ, a kernel interface under \/proc/);
  });

  test('over 1 MiB: the limit is named', async () => {
    const big = `${EXAMPLE}\n# ${'x'.repeat(1024 * 1024)}\n`;
    refused(await run({ command: 'validate' }, workspace({ 'aphex-config.yaml': big })), 'config', `which is 1.0 MiB (${Buffer.byteLength(big)} bytes), too large: at most 1 MiB is read.`);
  });

  test('not UTF-8: the line and column of the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('version: "1.0"\nbuild:\n  commands: [mak'), Buffer.from([0xff, 0xfe]), Buffer.from('e]\n')]);
    refused(await run({ command: 'validate' }, workspace({ 'aphex-config.yaml': bytes })), 'config', 'which is not UTF-8 text (the first invalid byte is at line 3, column 17).');
  });

  test('missing: where it looked and what to do', async () => {
    const r = await run({ command: 'validate', config: 'ci/aphex.yaml' }, workspace());
    refused(r, 'config', /names 'ci\/aphex.yaml', which was not found \(looked for .*ci\/aphex.yaml\)[\s\S]*actions\/checkout/);
  });
});

describe('YAML nested 20,000 levels deep: one problem at its line, no stack overflow', () => {
  const deep = 20_000;
  test.each([
    ['flow lists', `version: "1.0"\nbuild:\n  commands: ${'['.repeat(deep)}${']'.repeat(deep)}\n`, 3, 111],
    ['flow mappings', `version: "1.0"\nbuild: ${'{a: '.repeat(deep)}x${'}'.repeat(deep)}\n`, 2, 404],
    ['compact block lists', `version: "1.0"\nbuild:\n  commands:\n    ${'- '.repeat(deep)}x\n`, 4, 201],
    // Indentation makes deep block mappings large: 1,000 levels are within the 1 MiB file limit.
    ['block mappings, 1,000 deep', `version: "1.0"\nbuild:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} x\n`, 102, 101],
  ])('%s', async (_kind, text, line, col) => {
    const r = await run({ command: 'validate' }, workspace({ 'aphex-config.yaml': text }));
    expect(r.code).toBe(1);
    const annotations = r.errors.filter((e) => e.properties.file === 'aphex-config.yaml');
    expect(annotations.map((e) => [e.properties.title, Number(e.properties.line), Number(e.properties.col)])).toEqual([['nesting', line, col]]);
    expect(annotations[0]?.message).toBe('Mappings and lists are nested more than 100 levels deep here. An AphexPipeline config nests at most 5 levels (environments, an environment, its stacks, a stack); files nested more than 100 levels are refused before they are read further.');
    expect(r.stdout + r.stderr).not.toMatch(/Maximum call stack|RangeError|Unexpected error/);
    expect(r.durationMs).toBeLessThan(10_000);
  });
});

describe('template-path: refused before it is written', () => {
  test('a named pipe (no reader would ever open it)', async () => {
    const dir = workspace({ 'aphex-config.yaml': EXAMPLE });
    fifo(dir, 'wt.yaml');
    refused(await run({ command: 'render', 'template-path': 'wt.yaml' }, dir), 'template-path', "Input 'template-path' names 'wt.yaml', which is a named pipe (FIFO), not a regular file.");
  });

  test.each(['/proc/sys/kernel/hostname', '/proc/self/new-file.yaml', '/sys/kernel/x.yaml'])('%s, a kernel interface', async (target) => {
    const r = await run({ command: 'render', 'template-path': target }, workspace({ 'aphex-config.yaml': EXAMPLE }));
    refused(r, 'template-path', /a kernel interface under \/(proc|sys); the template is not written there/);
    expect(r.outputs['template-path']).toBeUndefined();
  });

  test('/dev/null, a device', async () => {
    refused(await run({ command: 'render', 'template-path': '/dev/null' }, workspace({ 'aphex-config.yaml': EXAMPLE })), 'template-path', 'which is a character device (like /dev/zero), not a regular file.');
  });

  test('a folder', async () => {
    const dir = workspace({ 'aphex-config.yaml': EXAMPLE });
    mkdirSync(path.join(dir, 'out'));
    refused(await run({ command: 'render', 'template-path': 'out' }, dir), 'template-path', "names 'out', which is a folder, not a regular file.");
  });

  test('a regular file is replaced, its folder created', async () => {
    const dir = workspace({ 'aphex-config.yaml': EXAMPLE, 'old.yaml': 'x'.repeat(100_000) });
    const r = await run({ command: 'render', 'template-path': 'build/wt.yaml' }, dir);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'build/wt.yaml'), 'utf8')).toContain('kind: WorkflowTemplate');
    const again = await run({ command: 'render', 'template-path': 'old.yaml' }, dir);
    expect(again.code).toBe(0);
    expect(statSync(path.join(dir, 'old.yaml')).size).toBe(statSync(path.join(dir, 'build/wt.yaml')).size);
    expect(existsSync(path.join(dir, 'build'))).toBe(true);
  });
});
