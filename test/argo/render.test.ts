/** Render: shape, determinism, options, names, and adversarial strings kept as data. */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parse, parseAllDocuments } from 'yaml';
import type { AphexConfig } from '../../src/aphex/model.ts';
import { validateConfigText } from '../../src/aphex/validate.ts';
import { renderPipeline } from '../../src/argo/index.ts';
import { DEFAULT_IMAGE, resolveRenderOptions, type OptionInputs } from '../../src/argo/options.ts';
import { lintWorkflowTemplate } from '../../src/argo/lint.ts';
import { toYaml } from '../../src/argo/yaml.ts';
import type { ActionError } from '../../src/errors.ts';
import { nastyPath, nastyString, toYamlText, validConfig } from '../aphex/arbitraries.ts';

type Obj = Record<string, unknown>;
const INPUTS: OptionInputs = { pipeline: '', namespace: 'argo', config: 'aphex-config.yaml', serviceAccount: '', artifactBucket: '', images: [], repository: 'acme/shop', serverUrl: 'https://github.com' };
const CONFIG: AphexConfig = {
  version: '1.0',
  build: { commands: ['npm ci', 'npm run build'] },
  environments: [
    { name: 'dev', region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'Net', path: 'infra/net' }, { name: 'Api', path: 'infra/api' }], tests: { commands: ['npm test'] } },
    { name: 'Prod EU', region: 'cn-north-1', account: '222222222222', stacks: [{ name: 'Api', path: 'infra/api' }], approval: true, roleName: 'deployer' },
    { name: 'prod-us', region: 'us-gov-west-1', account: '333333333333', stacks: [{ name: 'Api', path: 'infra/api' }], dependsOn: ['dev'], roleName: 'deployer' },
  ],
};
const render = (config: AphexConfig = CONFIG, inputs: Partial<OptionInputs> = {}) => renderPipeline(config, resolveRenderOptions(config, { ...INPUTS, ...inputs }));
const templates = (r: ReturnType<typeof render>) => r.object.spec.templates as Obj[];
const tpl = (r: ReturnType<typeof render>, name: string) => templates(r).find((t) => t.name === name) as Obj;
const tasks = (r: ReturnType<typeof render>) => (tpl(r, 'pipeline').dag as { tasks: Obj[] }).tasks;
const arg = (task: Obj, name: string) => (task.arguments as { parameters: { name: string; value: string }[] }).parameters.find((p) => p.name === name)?.value;

describe('render', () => {
  test('validate → build → deploy-pipeline → environments, with dependsOn, approval and cross-account roles', () => {
    const r = render();
    expect(r.name).toBe('shop-template');
    const afterPipeline = 'deploy-pipeline.Succeeded || deploy-pipeline.Failed || deploy-pipeline.Errored';
    expect(tasks(r).map((t) => [t.name, t.depends])).toEqual([
      ['validate', undefined],
      ['build', 'validate'],
      ['deploy-pipeline', 'build'],
      ['env-dev', afterPipeline],
      ['env-prod-eu', 'env-dev'],
      ['env-prod-us', 'env-dev'],
      ['finish', 'deploy-pipeline.Succeeded && (env-prod-eu && env-prod-us)'],
    ]);
    const [, , , dev, eu, us] = tasks(r) as Obj[];
    expect(arg(dev as Obj, 'approval')).toBe('false');
    expect(arg(eu as Obj, 'approval')).toBe('true');
    expect(arg(dev as Obj, 'has-tests')).toBe('true');
    expect(arg(eu as Obj, 'has-tests')).toBe('false');
    expect(arg(dev as Obj, 'role-arn')).toBe('');
    expect(arg(eu as Obj, 'role-arn')).toBe('arn:aws-cn:iam::222222222222:role/deployer');
    expect(arg(us as Obj, 'role-arn')).toBe('arn:aws-us-gov:iam::333333333333:role/deployer');
    expect(arg(eu as Obj, 'environment')).toBe('Prod EU');
    expect(arg(eu as Obj, 'environment-id')).toBe('prod-eu');
  });

  test('containers call the script interfaces with user strings as separate arguments', () => {
    const r = render();
    const build = tpl(r, 'build').container as { command: string[]; args: string[] };
    expect(build.command).toEqual(['aphex-build']);
    expect(build.args.slice(build.args.indexOf('--') + 1)).toEqual(['npm ci', 'npm run build']);
    expect((tpl(r, 'deploy-stacks').container as { command: string[] }).command).toEqual(['aphex-deploy-stack']);
    for (const t of templates(r)) {
      const c = t.container as { command: string[] } | undefined;
      if (c) expect(c.command).toHaveLength(1);
      expect(JSON.stringify(t)).not.toMatch(/"(sh|bash)","-c"/);
    }
  });

  test('pipeline deployment failure: environments still run; an omitted, pod-less last task makes the Workflow end Failed', () => {
    const finish = tpl(render(), 'finish');
    expect(finish).toEqual({ name: 'finish', suspend: { duration: '0' } });
    const [first] = tasks(render()).filter((t) => t.template === 'environment');
    expect(String(first?.depends)).toContain('deploy-pipeline.Failed');
    const chain: AphexConfig = { ...CONFIG, environments: CONFIG.environments.map((e) => ({ ...e, dependsOn: undefined })) };
    expect(tasks(render(chain)).at(-1)?.depends).toBe('deploy-pipeline.Succeeded && (env-prod-us)');
  });

  test('upstream outputs: each environment gets every environment before it, as a JSON object of task outputs', () => {
    const config: AphexConfig = {
      ...CONFIG,
      environments: [
        { name: 'dev', region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'Api', path: 'a' }] },
        { name: 'Say "hi"', region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'Api', path: 'a' }], dependsOn: ['dev'] },
        { name: 'side', region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'Api', path: 'a' }], dependsOn: [] },
        { name: 'prod', region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'Api', path: 'a' }], dependsOn: ['Say "hi"', 'side'] },
      ],
    };
    const byName = Object.fromEntries(tasks(render(config)).map((t) => [t.name, t]));
    const ref = (id: string) => `{{tasks.env-${id}.outputs.parameters.stack-outputs}}`;
    expect(arg(byName['env-dev'] as Obj, 'upstream-outputs')).toBe('{}');
    expect(arg(byName['env-side'] as Obj, 'upstream-outputs')).toBe('{}');
    expect(arg(byName['env-say-hi'] as Obj, 'upstream-outputs')).toBe(`{"dev": ${ref('dev')}}`);
    expect(arg(byName['env-prod'] as Obj, 'upstream-outputs')).toBe(`{"dev": ${ref('dev')}, "Say \\"hi\\"": ${ref('say-hi')}, "side": ${ref('side')}}`);
    // Once Argo fills the references in with each environment's JSON, the value is the JSON of the interface.
    const filled = (arg(byName['env-prod'] as Obj, 'upstream-outputs') as string).replace(/\{\{tasks\.env-([a-z-]+)\.outputs\.parameters\.stack-outputs\}\}/g, (_m, id: string) => JSON.stringify({ Api: { Url: `https://${id}` } }));
    expect(JSON.parse(filled)).toEqual({ dev: { Api: { Url: 'https://dev' } }, 'Say "hi"': { Api: { Url: 'https://say-hi' } }, side: { Api: { Url: 'https://side' } } });
    expect(lintWorkflowTemplate(render(config).object)).toEqual([]);
  });

  test('a chain of dependent environments too long for 1 MiB fails with the limit named and how to shorten it', () => {
    const envs = Array.from({ length: 130 }, (_, i) => ({ name: `e${i}`.padEnd(50, 'x'), region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'A', path: 'a' }] }));
    let error: ActionError | undefined;
    try {
      render({ ...CONFIG, environments: envs });
    } catch (e) {
      error = e as ActionError;
    }
    expect(error?.message).toContain('1 MiB size limit');
    expect(error?.hint).toContain('one long chain of dependent environments');
    // The same environments as a fan-out after one environment fit easily.
    expect(() => render({ ...CONFIG, environments: envs.map((e, i) => (i === 0 ? e : { ...e, dependsOn: [envs[0]?.name as string] })) })).not.toThrow();
  });

  test('script arguments: deploy-stack gets --upstream-outputs; aphex-test gets --stack-outputs from the deploy step and --upstream-outputs', () => {
    const r = render();
    expect((tpl(r, 'deploy-stacks').container as { args: string[] }).args.slice(-2)).toEqual(['--upstream-outputs', '{{inputs.parameters.upstream-outputs}}']);
    expect((tpl(r, 'test').container as { args: string[] }).args.slice(-4)).toEqual(['--stack-outputs', '{{inputs.parameters.stack-outputs}}', '--upstream-outputs', '{{inputs.parameters.upstream-outputs}}']);
    const steps = (tpl(r, 'environment').steps as Obj[][]).flat();
    const test = steps.find((st) => st.name === 'test') as Obj;
    expect(arg(test, 'stack-outputs')).toBe('{{steps.deploy.outputs.parameters.stack-outputs}}');
    expect(arg(test, 'upstream-outputs')).toBe('{{inputs.parameters.upstream-outputs}}');
    expect(arg(steps.find((st) => st.name === 'deploy') as Obj, 'upstream-outputs')).toBe('{{inputs.parameters.upstream-outputs}}');
  });

  test('stack outputs: a path with a default, and a global output per environment', () => {
    const out = (tpl(render(), 'deploy-stacks').outputs as { parameters: Obj[] }).parameters[0] as Obj;
    expect(out).toEqual({ name: 'stack-outputs', valueFrom: { path: '/tmp/aphex/stack-outputs.json', default: '{}' }, globalName: 'stack-outputs-{{inputs.parameters.environment-id}}' });
  });

  test('defaults: ownership labels, mutex per pipeline, podGC, ttl, deadline, retries', () => {
    const r = render();
    const spec = r.object.spec as Obj;
    expect(r.object.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'aphex-pipeline', 'app.kubernetes.io/instance': 'shop', 'app.kubernetes.io/managed-by': 'aphex-pipeline-action' });
    expect(spec.synchronization).toEqual({ mutexes: [{ name: 'aphex-shop' }] });
    expect(spec.podGC).toEqual({ strategy: 'OnPodSuccess' });
    expect(spec.ttlStrategy).toEqual({ secondsAfterSuccess: 86400, secondsAfterFailure: 604800 });
    expect(spec.activeDeadlineSeconds).toBe(86400);
    expect((spec.workflowMetadata as Obj).labels).toEqual(r.object.metadata.labels);
    for (const t of templates(r)) if (t.container) expect((t.retryStrategy as Obj).retryPolicy).toBe('OnTransientError');
  });

  test('templates do not grow with environments', () => {
    const many: AphexConfig = { ...CONFIG, environments: Array.from({ length: 40 }, (_, i) => ({ name: `e${i}`, region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'A', path: 'a' }] })) };
    expect(templates(render(many)).map((t) => t.name)).toEqual(templates(render()).map((t) => t.name));
  });

  test('images: input STEP, input all, config STEP, config all, then the default', () => {
    const config: AphexConfig = { ...CONFIG, images: { all: 'ghcr.io/acme/all:1', test: 'ghcr.io/acme/test:1' } };
    const image = (r: ReturnType<typeof render>, name: string) => (tpl(r, name).container as { image: string }).image;
    expect(image(render(), 'build')).toBe(DEFAULT_IMAGE);
    expect(image(render(config), 'build')).toBe('ghcr.io/acme/all:1');
    expect(image(render(config), 'test')).toBe('ghcr.io/acme/test:1');
    const inputs = { images: [{ name: 'all', value: 'ghcr.io/acme/in:2' }, { name: 'build', value: `ghcr.io/acme/b@sha256:${'a'.repeat(64)}` }] };
    expect(image(render(config, inputs), 'test')).toBe('ghcr.io/acme/in:2');
    expect(image(render(config, inputs), 'build')).toBe(`ghcr.io/acme/b@sha256:${'a'.repeat(64)}`);
    expect(() => render(config, { images: [{ name: 'all', value: 'not an image' }] })).toThrow(/not a container image reference/);
  });

  test('service account and artifact bucket: inputs override the config', () => {
    const config: AphexConfig = { ...CONFIG, serviceAccount: 'from-config', artifactBucket: 'config-bucket' };
    expect(render(config).object.spec.serviceAccountName).toBe('from-config');
    expect(render(config, { serviceAccount: 'from-input' }).object.spec.serviceAccountName).toBe('from-input');
    expect(render().object.spec.serviceAccountName).toBeUndefined();
    const args = (r: ReturnType<typeof render>) => (tpl(r, 'build').container as { args: string[] }).args;
    expect(args(render(config, { artifactBucket: 'input-bucket' }))).toContain('input-bucket');
    expect(args(render(config))).toContain('config-bucket');
    expect(args(render())).not.toContain('--artifact-bucket');
  });

  test('pipeline name: input, else the repository name normalised, else a clear error', () => {
    expect(render(CONFIG, { pipeline: 'web' }).name).toBe('web-template');
    expect(render(CONFIG, { repository: 'Acme/My_Shop.Frontend' }).name).toBe('my-shop-frontend-template');
    expect(render(CONFIG, { repository: `acme/${'x'.repeat(80)}` }).name).toBe(`${'x'.repeat(40)}-template`);
    expect(() => render(CONFIG, { repository: 'acme/___' })).toThrow(/does not make a DNS label/);
    expect(() => render(CONFIG, { repository: '' })).toThrow(/no repository name/);
  });

  test('deterministic: identical input gives byte-identical YAML (100 runs)', () => {
    fc.assert(
      fc.property(validConfig(), (config) => {
        const a = render(config);
        const b = render(structuredClone(config));
        expect(b.yaml).toBe(a.yaml);
        expect(b.digest).toBe(a.digest);
      }),
      { numRuns: 100 },
    );
  });
});

/** Every string replaced by a marker: what is left is the template's structure. */
function shape(v: unknown): unknown {
  if (typeof v === 'string') return '<s>';
  if (Array.isArray(v)) return v.map(shape);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]));
  return v;
}

describe('adversarial strings survive as data and never change the structure', () => {
  test('quotes, newlines, #, ": ", *, &, unicode and 10 kB strings in commands, paths and names (100 runs)', () => {
    fc.assert(
      fc.property(validConfig({ maxEnvs: 3, text: nastyString, pathText: nastyPath }), nastyString, (config, name) => {
        const c = structuredClone(config);
        const oldName = (c.environments[0] as { name: string }).name;
        (c.environments[0] as { name: string }).name = Array.from(`a${name}`).slice(0, 50).join("");
        for (const e of c.environments) if (e.dependsOn) e.dependsOn = e.dependsOn.map((d) => (d === oldName ? (c.environments[0] as { name: string }).name : d));
        const v = validateConfigText(toYamlText(c), 'aphex-config.yaml');
        // Hidden characters (controls, bidi, invisible) are refused in names and paths by rule (docs/config.md): not this test's subject.
        fc.pre(!v.problems.some((p) => p.rule === 'hidden-character'));
        // Names need letters/digits and ≤ 50 characters; anything else must validate.
        expect(v.problems.filter((p) => p.rule !== 'credential')).toEqual([]);
        if (!v.config) return;
        expect(v.config).toEqual(c);
        const r = render(v.config);
        // The plain twin: the same config with every free string replaced by a boring one.
        const plain = structuredClone(c);
        plain.build.commands = plain.build.commands.map((_, i) => `cmd${i}`);
        const renamed = new Map(c.environments.map((e, i) => [e.name, `plain${i}`]));
        plain.environments.forEach((e) => {
          e.name = renamed.get(e.name) as string;
          if (e.dependsOn) e.dependsOn = e.dependsOn.map((d) => renamed.get(d) as string);
          e.stacks.forEach((s, j) => (s.path = `p${j}`));
          if (e.tests) e.tests.commands = e.tests.commands.map((_, j) => `t${j}`);
        });
        expect(shape(r.object)).toEqual(shape(render(plain).object));
        // The YAML is one document that reads back to the same object, in YAML 1.2 and 1.1.
        expect(parseAllDocuments(r.yaml)).toHaveLength(1);
        expect(parse(r.yaml)).toEqual(r.object);
        expect(parse(r.yaml, { version: '1.1' })).toEqual(r.object);
        // And the data is exactly the user's.
        const build = (r.object.spec.templates as Obj[]).find((t) => t.name === 'build')?.container as { args: string[] };
        expect(build.args.slice(build.args.indexOf('--') + 1)).toEqual(c.build.commands);
        const envTasks = ((r.object.spec.templates as Obj[])[0]?.dag as { tasks: Obj[] }).tasks.filter((t) => t.template === 'environment');
        envTasks.forEach((t, i) => {
          const env = c.environments[i] as AphexConfig['environments'][number];
          expect(arg(t, 'environment')).toBe(env.name);
          expect(JSON.parse(arg(t, 'stacks') as string)).toEqual(env.stacks);
          expect(JSON.parse(arg(t, 'tests') as string)).toEqual(env.tests?.commands ?? []);
        });
        expect(lintWorkflowTemplate(r.object)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  test('YAML 1.1 words and number-like strings are quoted', () => {
    const text = toYaml({ a: ['yes', 'no', 'on', 'off', 'y', 'n', '~', 'null', '0755', '12:30', '1e3', '0x1F', '.inf', 'plain', 'with space'] });
    expect(parse(text, { version: '1.1' })).toEqual({ a: ['yes', 'no', 'on', 'off', 'y', 'n', '~', 'null', '0755', '12:30', '1e3', '0x1F', '.inf', 'plain', 'with space'] });
    expect(text).toContain('- plain\n');
    expect(text).toContain('- "yes"\n');
  });
});
