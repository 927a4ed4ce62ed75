/** The lint catches each mistake a renderer could make; a correct template passes it. */
import { describe, expect, test } from '@jest/globals';
import { renderPipeline, lintError } from '../../src/argo/index.ts';
import { lintWorkflowTemplate } from '../../src/argo/lint.ts';
import { resolveRenderOptions } from '../../src/argo/options.ts';
import { renderWorkflowTemplate } from '../../src/argo/render.ts';
import type { AphexConfig } from '../../src/aphex/model.ts';

type Obj = Record<string, unknown>;
type Template = Obj & { name: string };
type WT = { metadata: Obj; spec: Obj & { templates: Template[]; arguments: { parameters: Obj[] } } };

const INPUTS = { pipeline: 'shop', namespace: 'argo', config: 'aphex-config.yaml', serviceAccount: '', artifactBucket: '', images: [], repository: 'acme/shop', serverUrl: 'https://github.com' };
const CONFIG: AphexConfig = {
  version: '1.0',
  build: { commands: ['make'] },
  environments: [
    { name: 'dev', region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'App', path: 'infra' }], tests: { commands: ['make test'] } },
    { name: 'prod', region: 'eu-west-1', account: '222222222222', stacks: [{ name: 'App', path: 'infra' }], approval: true },
  ],
};

function fresh(config: AphexConfig = CONFIG): WT {
  return structuredClone(renderWorkflowTemplate(config, resolveRenderOptions(config, INPUTS))) as unknown as WT;
}
const tpl = (wt: WT, name: string): Template => wt.spec.templates.find((t) => t.name === name) as Template;
const tasks = (wt: WT): Obj[] => (tpl(wt, 'pipeline').dag as { tasks: Obj[] }).tasks;
const messages = (wt: unknown): string => lintWorkflowTemplate(wt).map((p) => `${p.path}: ${p.message}`).join('\n');

describe('lint', () => {
  test('the rendered template passes', () => {
    expect(lintWorkflowTemplate(fresh())).toEqual([]);
  });

  const MUTATIONS: [string, (wt: WT) => void, RegExp][] = [
    ['unknown template reference', (wt) => ((tasks(wt)[1] as Obj).template = 'biuld'), /'biuld' is not a template/],
    ['missing entrypoint', (wt) => (wt.spec.entrypoint = 'main'), /spec\.entrypoint: 'main' is not a template/],
    ['duplicate template name', (wt) => ((wt.spec.templates[2] as Template).name = 'validate'), /'validate' is not unique/],
    ['upper-case template name', (wt) => ((wt.spec.templates[1] as Template).name = 'Validate'), /not a lower-case name/],
    ['template name over 63', (wt) => ((wt.spec.templates[1] as Template).name = 'v'.repeat(64)), /at most 63 characters/],
    ['metadata name over 63', (wt) => (wt.metadata.name = 'x'.repeat(64)), /Argo's and Kubernetes' limit of 63 characters|is 64 characters long/],
    ['label value over 63', (wt) => ((wt.metadata.labels as Obj)['app.kubernetes.io/instance'] = 'y'.repeat(64)), /not a valid label value/],
    ['depends on a missing task', (wt) => ((tasks(wt)[1] as Obj).depends = 'valdate'), /depends on 'valdate', which is not a task/],
    ['dependency cycle', (wt) => ((tasks(wt)[0] as Obj).depends = 'deploy-pipeline'), /dependency cycle: .*->/],
    ['bad depends expression', (wt) => ((tasks(wt)[1] as Obj).depends = 'validate &&& x'), /is not a task name/],
    ['task name starting with a digit', (wt) => ((tasks(wt)[1] as Obj).name = '1build'), /cannot begin with a digit/],
    ['missing required argument', (wt) => ((tasks(wt)[3] as { arguments: { parameters: Obj[] } }).arguments.parameters.splice(2, 1)), /does not pass 'region'/],
    ['undeclared argument', (wt) => (tasks(wt)[3] as { arguments: { parameters: Obj[] } }).arguments.parameters.push({ name: 'colour', value: 'blue' }), /passes 'colour', which template 'environment' does not declare/],
    ['undeclared input variable', (wt) => ((tpl(wt, 'deploy-stacks').container as { args: string[] }).args.push('{{inputs.parameters.stack}}')), /names input 'stack'/],
    ['undeclared workflow parameter', (wt) => ((tpl(wt, 'build').container as { args: string[] }).args.push('{{workflow.parameters.sha}}')), /Workflow parameter 'sha'/],
    ['unknown variable', (wt) => ((tpl(wt, 'build').container as { args: string[] }).args.push('{{pod.name}}')), /is not a variable this template can use/],
    ['expression tag', (wt) => ((tpl(wt, 'build').container as { args: string[] }).args.push('{{=1+1}}')), /expression tag/],
    ['unclosed braces', (wt) => ((tpl(wt, 'build').container as { args: string[] }).args.push('echo {{oops')), /unclosed/],
    [
      'reference to a task that is not an ancestor',
      (wt) => ((tasks(wt)[0] as Obj).when = '{{tasks.env-dev.outputs.parameters.stack-outputs}} != x'),
      /refers to tasks 'env-dev', which is not an ancestor/,
    ],
    ['reference to a later step', (wt) => (((tpl(wt, 'environment').steps as Obj[][])[0] as Obj[])[0] as Obj).when = "{{steps.deploy.outputs.parameters.stack-outputs}} == '{}'", /not an earlier step/],
    ['jqFilter on a container output', (wt) => ((tpl(wt, 'deploy-stacks').outputs as { parameters: { valueFrom: Obj }[] }).parameters[0]!.valueFrom = { jqFilter: '.', default: '{}' }), /must use path in a container template/],
    ['output without default', (wt) => delete (tpl(wt, 'deploy-stacks').outputs as { parameters: { valueFrom: Obj }[] }).parameters[0]!.valueFrom.default, /has no default/],
    ['dag output from path', (wt) => ((tpl(wt, 'environment').outputs as { parameters: Obj[] }).parameters[0]!.valueFrom = { path: '/tmp/x' }), /must use parameter or expression in a steps template/],
    ['two template types', (wt) => (tpl(wt, 'approval').container = { image: 'x' }), /exactly one template type, has container, suspend/],
    ['invalid global name', (wt) => ((tpl(wt, 'deploy-stacks').outputs as { parameters: Obj[] }).parameters[0]!.globalName = 'stack outputs'), /is not a parameter name/],
    ['dependencies field', (wt) => ((tasks(wt)[1] as Obj).dependencies = ['validate']), /uses 'dependencies'/],
  ];

  test.each(MUTATIONS)('catches: %s', (_, mutate, expected) => {
    const wt = fresh();
    mutate(wt);
    expect(messages(wt)).toMatch(expected);
  });

  test('Argo limits are reported with the limit named', () => {
    const many: AphexConfig = { ...CONFIG, environments: Array.from({ length: 198 }, (_, i) => ({ name: `e${i}`, region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'App', path: 'infra' }], dependsOn: [] })) };
    const problems = lintWorkflowTemplate(fresh(many));
    expect(problems.map((p) => p.limit?.what)).toContain("Argo's limit of 200 tasks in one DAG template (WorkflowTemplate CRD, dag.tasks maxItems)");
    expect(() => renderPipeline(many, resolveRenderOptions(many, INPUTS))).toThrow(/beyond Argo's limit of 200 tasks in one DAG template/);

    const huge: AphexConfig = { ...CONFIG, environments: Array.from({ length: 150 }, (_, i) => ({ name: `e${i}`, region: 'eu-west-1', account: '111111111111', stacks: Array.from({ length: 60 }, (_, j) => ({ name: `Stack${j}`, path: `infra/${'p'.repeat(100)}/${j}` })) })) };
    const sizeProblems = lintWorkflowTemplate(fresh(huge));
    expect(sizeProblems.some((p) => /1 MiB size limit/.test(p.limit?.what ?? ''))).toBe(true);

    const longCommands: AphexConfig = { ...CONFIG, build: { commands: Array.from({ length: 10 }, () => 'x'.repeat(10 * 1024)) } };
    expect(lintWorkflowTemplate(fresh(longCommands)).some((p) => /96 KiB budget/.test(p.limit?.what ?? ''))).toBe(true);
  });

  test('a non-limit lint failure is reported as a defect of the action', () => {
    const e = lintError([{ path: 'spec.entrypoint', message: "'x' is not a template" }]);
    expect(e.message).toContain("would not pass Argo's checks");
    expect(e.hint).toContain('defect in aphex-pipeline-action');
  });
});
