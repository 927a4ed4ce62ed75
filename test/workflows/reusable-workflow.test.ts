/**
 * The reusable workflow keeps its promises: its outputs are wired step -> job -> workflow to
 * outputs the action declares, its two triggers take the same inputs, and the action it runs is
 * the checkout of its own commit, never the caller's `./`.
 */
import { describe, expect, test } from '@jest/globals';
import {
  actionMetadata,
  expressions,
  inputReferences,
  isActionStep,
  needsOf,
  outputReferences,
  trigger,
  workflowFile,
  type InputSpec,
  type Job,
  type Mapping,
} from './workflow-files.ts';

const file = workflowFile('.github/workflows/deploy.yml');
const doc = file.doc;
const action = actionMetadata();
const call = trigger<{ inputs: Record<string, InputSpec>; outputs: Record<string, { value: string }>; secrets?: Mapping }>(doc, 'workflow_call');
const dispatch = trigger<{ inputs: Record<string, InputSpec> }>(doc, 'workflow_dispatch');
const ACTION_PATH = './.aphex-pipeline-action';
const REQUIRED_OUTPUTS = ['execution-id', 'execution-status', 'stack-outputs', 'workflow-status', 'template-digest'];

function job(id: string): Job {
  const j = doc.jobs[id];
  if (!j) throw new Error(`deploy.yml has no job '${id}'`);
  return j;
}

describe('deploy.yml triggers', () => {
  test('it is both a reusable workflow and a "Run workflow" button', () => {
    expect(call).toBeDefined();
    expect(dispatch).toBeDefined();
  });

  test('workflow_dispatch declares at most 25 inputs (the GitHub limit)', () => {
    expect(Object.keys(dispatch?.inputs ?? {}).length).toBeGreaterThan(0);
    expect(Object.keys(dispatch?.inputs ?? {}).length).toBeLessThanOrEqual(25);
  });

  test('both triggers take the same inputs with the same defaults and requiredness', () => {
    const callInputs = call?.inputs ?? {};
    const dispatchInputs = dispatch?.inputs ?? {};
    expect(Object.keys(dispatchInputs).sort()).toEqual(Object.keys(callInputs).sort());
    for (const [name, spec] of Object.entries(callInputs)) {
      const other = dispatchInputs[name] as InputSpec;
      const dispatchType = other.type === 'choice' || other.type === 'environment' ? 'string' : other.type;
      expect([name, dispatchType]).toEqual([name, spec.type]);
      expect([name, Boolean(other.required)]).toEqual([name, Boolean(spec.required)]);
      if (other.type !== 'environment') expect([name, other.default]).toEqual([name, spec.default]);
      if (other.type === 'choice' && other.default !== undefined) expect(other.options).toContain(other.default);
    }
  });

  test('it has the inputs both engines and the environment need', () => {
    const names = Object.keys(call?.inputs ?? {});
    const expected = ['engine', 'environment', 'aws-region', 'role-to-assume', 'pipeline-name', 'variables', 'source-revisions', 'wait', 'timeout-minutes', 'config', 'cluster-name', 'namespace', 'dry-run', 'submit'];
    expect(names).toEqual(expect.arrayContaining(expected));
    expect(call?.inputs.environment?.required).toBe(true);
    expect(dispatch?.inputs.environment?.type).toBe('environment');
  });

  test('every inputs.<name> it reads is a declared input', () => {
    const declared = new Set(Object.keys(call?.inputs ?? {}));
    const used = new Set(inputReferences(doc.jobs));
    expect([...used].filter((n) => !declared.has(n))).toEqual([]);
    // ...and no declared input is ignored.
    expect([...declared].filter((n) => !used.has(n))).toEqual([]);
  });

  test('it asks for an OIDC token and read access only', () => {
    expect(doc.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    for (const j of Object.values(doc.jobs)) expect(j.permissions).toBeUndefined();
  });
});

describe('deploy.yml outputs: step -> job -> workflow', () => {
  const outputs = call?.outputs ?? {};

  test('it declares the outputs callers read', () => {
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(REQUIRED_OUTPUTS));
  });

  test.each(Object.keys(outputs))('workflow output %s is a real job output', (name) => {
    const refs = outputReferences(outputs[name]?.value, 'jobs');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(Object.keys(job(ref.owner).outputs ?? {})).toContain(ref.output);
  });

  test('every job output of the deploy job is an output the action declares, set by a step of that job', () => {
    const deploy = job('deploy');
    const steps = deploy.steps ?? [];
    const names = Object.keys(deploy.outputs ?? {});
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const refs = outputReferences(deploy.outputs?.[name], 'steps');
      expect([name, refs.length > 0]).toEqual([name, true]);
      for (const ref of refs) {
        const step = steps.find((s) => s.id === ref.owner);
        expect([name, step?.uses]).toEqual([name, ACTION_PATH]);
        expect(Object.keys(action.outputs)).toContain(ref.output);
      }
    }
  });

  test('every deploy job output reaches the caller', () => {
    const exposed = new Set(Object.values(outputs).flatMap((o) => outputReferences(o.value, 'jobs').map((r) => `${r.owner}.${r.output}`)));
    for (const name of Object.keys(job('deploy').outputs ?? {})) expect(exposed).toContain(`deploy.${name}`);
  });

  test('the CodePipeline and Argo steps set the outputs the workflow maps', () => {
    const steps = job('deploy').steps ?? [];
    const byId = Object.fromEntries(steps.filter((s) => s.id).map((s) => [s.id, s]));
    expect(byId.pipeline?.with?.command).toBe('start');
    expect(byId.argo?.with?.command).toBe('apply');
  });
});

describe('deploy.yml runs the action from its own commit', () => {
  test('no step runs the caller\'s checkout (`uses: ./`) or a moving ref of the action', () => {
    for (const [id, j] of Object.entries(doc.jobs)) {
      for (const step of j.steps ?? []) {
        if (!isActionStep(step)) continue;
        expect([id, step.uses]).toEqual([id, ACTION_PATH]);
      }
    }
  });

  test('each job that runs the action first checks out job.workflow_repository at job.workflow_sha', () => {
    const self = (job('validate').steps ?? []).find((s) => s.id === 'self');
    expect(self?.env).toEqual({ WORKFLOW_REPOSITORY: '${{ job.workflow_repository }}', WORKFLOW_SHA: '${{ job.workflow_sha }}' });
    expect(job('validate').outputs).toEqual({ 'action-repository': '${{ steps.self.outputs.repository }}', 'action-sha': '${{ steps.self.outputs.sha }}' });
    for (const [id, j] of Object.entries(doc.jobs)) {
      const steps = j.steps ?? [];
      const first = steps.findIndex(isActionStep);
      if (first < 0) continue;
      const checkout = steps.slice(0, first).find((s) => s.uses?.startsWith('actions/checkout@') && s.with?.path === '.aphex-pipeline-action');
      expect([id, checkout === undefined]).toEqual([id, false]);
      const want = id === 'validate' ? ['steps.self.outputs.repository', 'steps.self.outputs.sha'] : ['needs.validate.outputs.action-repository', 'needs.validate.outputs.action-sha'];
      expect([id, expressions(checkout?.with?.repository).map((e) => e.trim()), expressions(checkout?.with?.ref).map((e) => e.trim())]).toEqual([id, [want[0]], [want[1]]]);
      expect(checkout?.with?.['persist-credentials']).toBe(false);
      if (id !== 'validate') expect(needsOf(j)).toContain('validate');
    }
  });

  test('the deploy job runs in the chosen GitHub environment after validation', () => {
    const deploy = job('deploy');
    expect(needsOf(deploy)).toEqual(['validate']);
    expect(deploy.environment).toMatchObject({ name: '${{ inputs.environment }}' });
  });

  test('the Argo path validates the config before the deploy job', () => {
    const validate = (job('validate').steps ?? []).find((s) => isActionStep(s) && s.with?.command === 'validate');
    expect(validate?.if).toBe("inputs.engine == 'argo'");
    expect(validate?.with?.config).toBe('${{ inputs.config }}');
  });
});
