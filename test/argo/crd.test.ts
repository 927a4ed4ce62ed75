/**
 * Every valid config renders to a WorkflowTemplate that Argo's full CRD admits (strict schema
 * plus CEL rules) and that passes the lint; and the checker itself catches what it should.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parse } from 'yaml';
import { renderPipeline } from '../../src/argo/index.ts';
import { lintWorkflowTemplate } from '../../src/argo/lint.ts';
import { resolveRenderOptions } from '../../src/argo/options.ts';
import { validConfig } from '../aphex/arbitraries.ts';
import { crdAvailable, loadCrdChecker, type CrdChecker } from './crd.ts';

const HAVE_CRD = crdAvailable();
const maybe = HAVE_CRD ? describe : describe.skip;

const INPUTS = { pipeline: '', namespace: 'argo', config: 'aphex-config.yaml', serviceAccount: '', artifactBucket: '', images: [], repository: 'acme/shop', serverUrl: 'https://github.com' };

maybe("Argo's WorkflowTemplate CRD (../shared/argo)", () => {
  let crd: CrdChecker;
  beforeAll(() => {
    crd = loadCrdChecker();
  }, 60000);

  test('every valid generated config renders to a template the CRD admits and the lint passes (100 runs)', () => {
    const withExtensions = fc.record({ serviceAccount: fc.constantFrom('', 'aphex-runner'), artifactBucket: fc.constantFrom('', 'acme-artifacts'), pipeline: fc.constantFrom('', 'a', 'x'.repeat(40)) });
    fc.assert(
      fc.property(validConfig({ maxEnvs: 8 }), withExtensions, (config, ext) => {
        const rendered = renderPipeline(config, resolveRenderOptions(config, { ...INPUTS, ...ext }));
        const fromYaml = parse(rendered.yaml) as unknown;
        expect(crd.check(fromYaml)).toEqual([]);
        expect(lintWorkflowTemplate(fromYaml)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  test('the checker rejects unknown fields, schema violations and CEL violations', () => {
    const config = { version: '1.0' as const, build: { commands: ['make'] }, environments: [{ name: 'dev', region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'App', path: 'infra' }] }] };
    const good = renderPipeline(config, resolveRenderOptions(config, INPUTS)).object as unknown as { spec: Record<string, unknown> & { templates: Record<string, unknown>[] } };
    expect(crd.check(good)).toEqual([]);

    const unknownField = structuredClone(good);
    (unknownField.spec.templates[1] as Record<string, unknown>).contianer = {};
    expect(crd.check(unknownField).join('\n')).toContain("must NOT have additional properties 'contianer'");

    const twoTypes = structuredClone(good);
    (twoTypes.spec.templates[1] as Record<string, unknown>).suspend = {};
    expect(crd.check(twoTypes).join('\n')).toContain('template must have at most one template type');

    const dependsAndDependencies = structuredClone(good);
    const task = ((dependsAndDependencies.spec.templates[0] as { dag: { tasks: Record<string, unknown>[] } }).dag.tasks[1]) as Record<string, unknown>;
    task.dependencies = ['validate'];
    expect(crd.check(dependsAndDependencies).join('\n')).toContain("cannot use both 'depends' and 'dependencies'");

    const badName = structuredClone(good);
    (badName.spec.templates[1] as Record<string, unknown>).name = 'Not_Valid';
    expect(crd.check(badName).join('\n')).toContain('must match pattern');
  });
});
