/** `render` through the bundled action: file, outputs, digest, summary. */
import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT, runAction } from '../harness/run-action.ts';
import { render, tables } from '../report/render.ts';

const EXAMPLE = readFileSync(path.join(ROOT, 'examples/aphex-config.yaml'), 'utf8');

function workspace(config = EXAMPLE): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-render-'));
  writeFileSync(path.join(dir, 'aphex-config.yaml'), config);
  return dir;
}

describe('render (bundled action)', () => {
  test('writes the template to RUNNER_TEMP and sets template-name, template-path and template-digest', async () => {
    const r = await runAction({ inputs: { command: 'render' }, workspace: workspace() });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['template-name']).toBe('shop-template');
    const file = r.outputs['template-path'] as string;
    expect(path.basename(file)).toBe('shop-workflow-template.yaml');
    expect(path.basename(path.dirname(file))).toBe('temp');
    const text = readFileSync(file, 'utf8');
    expect(r.outputs['template-digest']).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    const wt = parse(text) as { kind: string; metadata: { name: string; namespace: string } };
    expect(wt.kind).toBe('WorkflowTemplate');
    expect(wt.metadata).toMatchObject({ name: 'shop-template', namespace: 'argo' });
    expect(r.lines.join('\n')).toContain(`Rendered WorkflowTemplate shop-template (${r.outputs['template-digest']}) to ${file}.`);
    expect(tables(render(r.summary).root)[0]).toContainEqual(['1', 'dev', 'eu-west-1', '111111111111', 'ShopNetwork (infra/network) → ShopApi (infra/api)', '1', '—', 'pipeline deployment']);
    expect(r.summary).toContain('<details><summary>Rendered WorkflowTemplate YAML</summary>');
    expect(r.summary).toContain('kind: WorkflowTemplate');
  });

  test('inputs win: pipeline, namespace, template-path (relative to the workspace), service account, bucket, images', async () => {
    const ws = workspace();
    const r = await runAction({
      inputs: {
        command: 'render',
        pipeline: 'web',
        namespace: 'ci',
        'template-path': 'out/wt.yaml',
        'service-account': 'runner',
        'artifact-bucket': 'other-bucket',
        images: 'all=ghcr.io/acme/runner:2\ntest=ghcr.io/acme/e2e:9',
      },
      workspace: ws,
    });
    expect(r.errors).toEqual([]);
    expect(r.outputs['template-path']).toBe(path.join(ws, 'out/wt.yaml'));
    const wt = parse(readFileSync(path.join(ws, 'out/wt.yaml'), 'utf8')) as { metadata: { name: string; namespace: string }; spec: { serviceAccountName: string; templates: { name: string; container?: { image: string; args: string[] } }[] } };
    expect(wt.metadata).toMatchObject({ name: 'web-template', namespace: 'ci' });
    expect(wt.spec.serviceAccountName).toBe('runner');
    const images = Object.fromEntries(wt.spec.templates.filter((t) => t.container).map((t) => [t.name, t.container?.image]));
    expect(images).toEqual({ validate: 'ghcr.io/acme/runner:2', build: 'ghcr.io/acme/runner:2', 'deploy-pipeline': 'ghcr.io/acme/runner:2', 'deploy-stacks': 'ghcr.io/acme/runner:2', test: 'ghcr.io/acme/e2e:9' });
    expect(wt.spec.templates.find((t) => t.name === 'build')?.container?.args).toContain('other-bucket');
  });

  test('byte-identical output for the same input, across runs', async () => {
    const a = await runAction({ inputs: { command: 'render', 'template-path': 'a.yaml' }, workspace: workspace() });
    const b = await runAction({ inputs: { command: 'render', 'template-path': 'a.yaml' }, workspace: workspace() });
    expect(a.outputs['template-digest']).toBe(b.outputs['template-digest']);
    expect(readFileSync(a.outputs['template-path'] as string, 'utf8')).toBe(readFileSync(b.outputs['template-path'] as string, 'utf8'));
  });

  test('an invalid config writes nothing and sets no outputs', async () => {
    const ws = workspace(EXAMPLE.replace('region: eu-west-1', 'region: eu-west1'));
    const r = await runAction({ inputs: { command: 'render', 'template-path': 'wt.yaml' }, workspace: ws });
    expect(r.code).toBe(1);
    const line = String(EXAMPLE.split('\n').findIndex((l) => l.includes('region: eu-west-1')) + 1);
    expect(r.errors[0]?.properties).toMatchObject({ file: 'aphex-config.yaml', line, col: '13' });
    expect(r.errors[0]?.message).toContain("Did you mean 'eu-west-1'?");
    expect(r.outputs).toEqual({});
    expect(existsSync(path.join(ws, 'wt.yaml'))).toBe(false);
  });

  test('a config beyond Argo limits fails with the limit named', async () => {
    const envs = Array.from({ length: 197 }, (_, i) => `  - {name: e${i}, region: eu-west-1, account: "111111111111", stacks: [{name: A, path: a}]}`).join('\n');
    const r = await runAction({ inputs: { command: 'render' }, workspace: workspace(`version: "1.0"\nbuild: {commands: [make]}\nenvironments:\n${envs}\n`) });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain("197 environments are more than 196");
    expect(r.errors[0]?.message).toContain("Argo's limit of 200 tasks in one DAG template");
  });
});
