/**
 * AphexPipeline properties 6, 9, 15 and 19 as fast-check properties over generated configs
 * (each at least 100 runs), through the real path: YAML text → validate → render.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { AphexConfig } from '../../src/aphex/model.ts';
import { validateConfigText } from '../../src/aphex/validate.ts';
import { renderPipeline } from '../../src/argo/index.ts';
import { resolveRenderOptions } from '../../src/argo/options.ts';
import { environmentTask } from '../../src/argo/render.ts';
import { toYamlText, validConfig } from './arbitraries.ts';

const RUNS = { numRuns: 100 };
const INPUTS = { pipeline: 'shop', namespace: 'argo', config: 'aphex-config.yaml', serviceAccount: '', artifactBucket: '', images: [], repository: 'acme/shop', serverUrl: 'https://github.com' };

type Obj = Record<string, unknown>;

function renderText(text: string) {
  const v = validateConfigText(text, 'aphex-config.yaml');
  if (!v.config) throw new Error(`expected a valid config, got: ${v.problems.map((p) => `${p.line}:${p.col} ${p.message}`).join('; ')}`);
  return renderPipeline(v.config, resolveRenderOptions(v.config, INPUTS));
}

function mainTasks(rendered: { yaml: string }): Obj[] {
  const wt = parse(rendered.yaml) as { spec: { entrypoint: string; templates: Obj[] } };
  const main = wt.spec.templates.find((t) => t.name === wt.spec.entrypoint) as { dag: { tasks: Obj[] } };
  return main.dag.tasks;
}

function argument(task: Obj, name: string): string {
  const params = (task.arguments as { parameters: { name: string; value: string }[] }).parameters;
  return params.find((p) => p.name === name)?.value as string;
}

describe('property 6: N environments give N environment stages', () => {
  test('one environment task per environment, in order, and a template count that does not grow', () => {
    fc.assert(
      fc.property(validConfig({ maxEnvs: 12 }), (config) => {
        const rendered = renderText(toYamlText(config));
        const envTasks = mainTasks(rendered).filter((t) => t.template === 'environment');
        expect(envTasks.map((t) => t.name)).toEqual(config.environments.map((e) => environmentTask(e.name)));
        expect(envTasks.map((t) => argument(t, 'environment'))).toEqual(config.environments.map((e) => e.name));
        expect((rendered.object.spec.templates as unknown[]).length).toBe(9);
      }),
      RUNS,
    );
  });
});

describe('property 9: stack order is kept', () => {
  test("each environment's stacks reach aphex-deploy-stack in the configured order", () => {
    fc.assert(
      fc.property(validConfig(), (config) => {
        const tasks = mainTasks(renderText(toYamlText(config)));
        for (const env of config.environments) {
          const task = tasks.find((t) => t.name === environmentTask(env.name)) as Obj;
          expect(JSON.parse(argument(task, 'stacks'))).toEqual(env.stacks.map((s) => ({ name: s.name, path: s.path })));
        }
      }),
      RUNS,
    );
  });
});

const CREDENTIALS = [
  { kind: 'AWS access key id', value: fc.stringMatching(/^[A-Z0-9]{16}$/).map((s) => `AKIA${s}`) },
  { kind: 'AWS session key id', value: fc.stringMatching(/^[A-Z0-9]{16}$/).map((s) => `ASIA${s}`) },
  {
    kind: 'AWS secret access key',
    value: fc
      .stringMatching(/^[A-Za-z0-9/+]{40}$/)
      .filter((s) => /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s))
      .map((s) => `aws_secret_access_key=${s}`),
  },
  { kind: 'private key', value: fc.base64String({ minLength: 40, maxLength: 80 }).map((b) => `-----BEGIN RSA PRIVATE KEY-----\n${b}\n-----END RSA PRIVATE KEY-----`) },
  { kind: 'GitHub token', value: fc.stringMatching(/^[A-Za-z0-9]{36}$/).map((s) => `ghp_${s}`) },
  { kind: 'password', value: fc.stringMatching(/^[A-Za-z0-9!*_.]{8,20}$/).map((s) => `PASSWORD=${s}`) },
];

describe('property 15: credentials in the config are rejected', () => {
  test('a credential anywhere in a string fails validation with rule credential, at its line, and is handed back for masking', () => {
    const credential = fc.oneof(...CREDENTIALS.map((c) => c.value));
    const where = fc.constantFrom('build', 'test', 'path', 'name');
    fc.assert(
      fc.property(validConfig({ maxEnvs: 3 }), credential, where, fc.constantFrom('', 'echo ', 'deploy --key '), (config, secret, place, prefix) => {
        const c = structuredClone(config) as AphexConfig;
        const env = c.environments[0] as AphexConfig['environments'][number];
        const text = `${prefix}${secret}`;
        if (place === 'build') c.build.commands.push(text);
        if (place === 'test') env.tests = { commands: [text] };
        if (place === 'path') (env.stacks[0] as { path: string }).path = text;
        if (place === 'name') env.name = text;
        const yamlText = toYamlText(c);
        const result = validateConfigText(yamlText, 'aphex-config.yaml');
        expect(result.config).toBeUndefined();
        const problem = result.problems.find((p) => p.rule === 'credential');
        expect(problem).toBeDefined();
        // Problem messages never repeat the credential.
        for (const p of result.problems) if (p.rule === 'credential') expect(p.message).not.toContain(secret.split('\n')[0]);
        const firstLine = text.split('\n')[0] as string;
        expect(result.secrets.some((s) => s.includes(firstLine.slice(prefix.length, prefix.length + 12)) || firstLine.includes(s))).toBe(true);
        const line = yamlText.split('\n').findIndex((l) => l.includes(firstLine.slice(prefix.length, prefix.length + 12))) + 1;
        // The value's node starts on that line, or on the line before for a block scalar (|-).
        expect([line, line - 1]).toContain(problem?.line);
      }),
      RUNS,
    );
  });
});

/** Breaks a valid config in one way; returns the rule the validator must report. */
const BREAKAGES: [string, (c: AphexConfig) => void][] = [
  ['required', (c) => delete (c as Partial<AphexConfig>).build],
  ['required', (c) => delete (c.environments[0] as Partial<AphexConfig['environments'][number]>).stacks],
  ['unknown-key', (c) => ((c as unknown as Obj).enviroments = [])],
  ['unknown-key', (c) => (((c.environments[0] as unknown as Obj).stacks as Obj[])[0] as Obj).templte = 'x'],
  ['format', (c) => ((c.environments[0] as { region: string }).region = 'us-east1')],
  ['format', (c) => ((c.environments[0] as { account: string }).account = '12345')],
  ['type', (c) => ((c.environments[0] as unknown as Obj).account = 123456789012)],
  ['version', (c) => ((c as unknown as Obj).version = '2.0')],
  ['empty-list', (c) => (c.environments[0]!.stacks = [])],
  ['empty-list', (c) => (c.build.commands = [])],
  ['empty-command', (c) => c.build.commands.push('   ')],
  ['duplicate-environment', (c) => c.environments.push({ ...structuredClone(c.environments[0]!), dependsOn: [] })],
  ['name-collision', (c) => c.environments.push({ ...structuredClone(c.environments[0]!), name: `${c.environments[0]!.name.toUpperCase()}!`, dependsOn: [] })],
  ['duplicate-stack', (c) => c.environments[0]!.stacks.push({ ...c.environments[0]!.stacks[0]! })],
  ['depends-on', (c) => (c.environments[0]!.dependsOn = ['nowhere'])],
  ['dependency-cycle', (c) => c.environments.length > 1 && ((c.environments[0]!.dependsOn = [c.environments[1]!.name]), (c.environments[1]!.dependsOn = [c.environments[0]!.name]))],
  ['template-braces', (c) => c.build.commands.push('echo {{workflow.name}}')],
  ['stack-path', (c) => (c.environments[0]!.stacks[0]!.path = '../outside')],
  ['invalid-name', (c) => (c.environments[0]!.name = '!!!')],
];

describe('property 19: invalid configs are caught', () => {
  test('every kind of breakage is reported with its rule, at a position inside the file', () => {
    fc.assert(
      fc.property(validConfig({ maxEnvs: 4 }), fc.integer({ min: 0, max: BREAKAGES.length - 1 }), (config, k) => {
        const [rule, breakIt] = BREAKAGES[k] as [string, (c: AphexConfig) => void];
        const c = structuredClone(config);
        breakIt(c);
        const text = toYamlText(c);
        const result = validateConfigText(text, 'aphex-config.yaml');
        if (rule === 'dependency-cycle' && config.environments.length < 2) return; // needs two environments
        expect(result.config).toBeUndefined();
        expect(result.problems.map((p) => p.rule)).toContain(rule);
        const lines = text.split('\n').length;
        for (const p of result.problems) {
          expect(p.file).toBe('aphex-config.yaml');
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('every generated valid config is accepted', () => {
    fc.assert(
      fc.property(validConfig(), (config) => {
        const result = validateConfigText(toYamlText(config), 'aphex-config.yaml');
        expect(result.problems).toEqual([]);
        expect(result.config).toEqual(config);
      }),
      RUNS,
    );
  });
});
