/**
 * The copy-paste workflows only use what exists: action inputs and outputs from action.yml,
 * reusable-workflow inputs and outputs from deploy.yml, and outputs of jobs they really need.
 */
import { describe, expect, test } from '@jest/globals';
import { COMMANDS } from '../../src/inputs/index.ts';
import {
  actionMetadata,
  events,
  expressions,
  isActionStep,
  isDeployCall,
  needsOf,
  outputReferences,
  trigger,
  workflowFile,
  workflowFiles,
  type InputSpec,
  type Job,
  type WorkflowFile,
} from './workflow-files.ts';

const action = actionMetadata();
const files = workflowFiles();
const examples = files.filter((f) => f.rel.startsWith('examples/'));
const deploy = workflowFile('.github/workflows/deploy.yml').doc;
const deployCall = trigger<{ inputs: Record<string, InputSpec>; outputs: Record<string, unknown>; secrets: Record<string, unknown> }>(deploy, 'workflow_call');

/** Commands that name a pipeline (src/inputs: REQUIRED). */
const NEEDS_PIPELINE = new Set(['start', 'await', 'approve', 'stop']);

function jobsOf(f: WorkflowFile): [string, Job][] {
  return Object.entries(f.doc.jobs ?? {});
}

describe.each(files.map((f) => [f.rel, f] as const))('%s', (_rel, f) => {
  test('every step running the action passes only inputs action.yml declares, and a known command', () => {
    for (const [id, job] of jobsOf(f)) {
      for (const step of (job.steps ?? []).filter(isActionStep)) {
        const where = `${id}/${step.id ?? step.name}`;
        const keys = Object.keys(step.with ?? {});
        expect([where, keys.filter((k) => !(k in action.inputs))]).toEqual([where, []]);
        const command = String(step.with?.command ?? '');
        if (!command.includes('${{')) expect(COMMANDS).toContain(command);
        // await and approve with workflow-name work on an Argo Workflow, not a CodePipeline.
        const argo = keys.includes('workflow-name');
        if (NEEDS_PIPELINE.has(command) && !argo) expect([where, keys]).toEqual([where, expect.arrayContaining(['pipeline-name'])]);
        if (command === 'approve' && !argo) expect(keys).toEqual(expect.arrayContaining(['approval-stage', 'approval-action']));
        if (command === 'approve' && argo) expect([where, keys]).toEqual([where, expect.arrayContaining(['environment'])]);
      }
    }
  });

  test('every steps.<id>.outputs.<name> it reads is set by an earlier step of the same job', () => {
    for (const [id, job] of jobsOf(f)) {
      const steps = job.steps ?? [];
      const check = (value: unknown, before: number): void => {
        for (const ref of outputReferences(value, 'steps')) {
          const index = steps.findIndex((s) => s.id === ref.owner);
          const where = `${id}: steps.${ref.owner}.outputs.${ref.output}`;
          expect([where, index >= 0 && index < before]).toEqual([where, true]);
          const step = steps[index];
          if (step && isActionStep(step)) expect([where, ref.output in action.outputs]).toEqual([where, true]);
        }
      };
      steps.forEach((s, i) => check(s, i));
      check(job.outputs, steps.length);
      check(job.environment, steps.length);
    }
  });

  test('every needs.<job>.outputs.<name> it reads comes from a needed job that declares it', () => {
    for (const [id, job] of jobsOf(f)) {
      for (const ref of outputReferences(job, 'needs')) {
        const where = `${id}: needs.${ref.owner}.outputs.${ref.output}`;
        expect([where, needsOf(job).includes(ref.owner)]).toEqual([where, true]);
        const source = f.doc.jobs[ref.owner] as Job;
        const declared = isDeployCall(source) ? Object.keys(deployCall?.outputs ?? {}) : Object.keys(source.outputs ?? {});
        expect([where, declared.includes(ref.output)]).toEqual([where, true]);
      }
    }
  });

  test('every call of the reusable workflow passes declared inputs, all required ones, and an OIDC permission', () => {
    for (const [id, job] of jobsOf(f).filter(([, j]) => isDeployCall(j))) {
      const inputs = deployCall?.inputs ?? {};
      const passed = Object.keys(job.with ?? {});
      expect([id, passed.filter((k) => !(k in inputs))]).toEqual([id, []]);
      const required = Object.entries(inputs).filter(([, s]) => s.required).map(([n]) => n);
      expect([id, required.filter((n) => !passed.includes(n))]).toEqual([id, []]);
      expect(job.permissions).toMatchObject({ 'id-token': 'write' });
    }
  });

  test('jobs that assume an AWS role may request an OIDC token', () => {
    const usesRole = (job: Job): boolean => (job.steps ?? []).some((s) => isActionStep(s) && s.with?.['role-to-assume'] !== undefined);
    for (const [id, job] of jobsOf(f).filter(([, j]) => usesRole(j))) {
      const permissions = job.permissions ?? f.doc.permissions;
      expect([id, permissions]).toEqual([id, expect.objectContaining({ 'id-token': 'write' })]);
    }
  });
});

describe('the six example workflows', () => {
  const steps = (f: WorkflowFile) => jobsOf(f).flatMap(([, j]) => (j.steps ?? []).filter(isActionStep));
  const commandsOf = (f: WorkflowFile) => steps(f).map((s) => s.with?.command);
  const find = (pred: (f: WorkflowFile) => boolean) => examples.filter(pred).map((f) => f.rel);

  test('(a) a step starts and awaits a pipeline, a later job reads stack-outputs with fromJSON', () => {
    expect(
      find((f) => steps(f).some((s) => s.with?.command === 'start' && s.with?.wait !== false) && expressions(f.doc.jobs).some((e) => /fromJSON\(\s*needs\.[\w-]+\.outputs\.stack-outputs\s*\)/.test(e))),
    ).not.toEqual([]);
  });

  test('(b) another repository calls the reusable workflow and reads its outputs', () => {
    expect(
      find((f) => {
        const callers = jobsOf(f).filter(([, j]) => isDeployCall(j) && /^[\w.-]+\/aphex-pipeline-action\/\.github\/workflows\/deploy\.yml@\S+$/.test(j.uses ?? ''));
        const readers = jobsOf(f).filter(([, j]) => outputReferences(j, 'needs').some((r) => callers.some(([id]) => id === r.owner)));
        return callers.length > 0 && readers.length > 0;
      }),
    ).not.toEqual([]);
  });

  test('(c) "Run workflow" with an environment choice and a CodePipeline approval', () => {
    expect(
      find((f) => {
        const inputs = trigger<{ inputs?: Record<string, InputSpec> }>(f.doc, 'workflow_dispatch')?.inputs ?? {};
        return inputs.environment?.type === 'choice' && commandsOf(f).includes('approve');
      }),
    ).not.toEqual([]);
  });

  test('(d) pull requests validate aphex-config.yaml', () => {
    expect(find((f) => 'pull_request' in events(f.doc) && commandsOf(f).includes('validate'))).not.toEqual([]);
  });

  test('(f) Argo approvals: submit, approve in a job of a reviewers\' environment named after pending-approval, read stack-outputs later', () => {
    expect(
      find((f) => {
        const submits = steps(f).some((s) => s.with?.command === 'apply' && s.with?.submit === true);
        const approvals = jobsOf(f).filter(([, j]) => (j.steps ?? []).some((s) => isActionStep(s) && s.with?.command === 'approve' && s.with?.['workflow-name'] !== undefined));
        const gated = approvals.some(([, j]) => /pending-approval/.test(String(j.environment)));
        const reads = expressions(f.doc.jobs).some((e) => /fromJSON\(\s*needs\.[\w-]+\.outputs\.stack-outputs/.test(e));
        return submits && gated && reads;
      }),
    ).not.toEqual([]);
  });

  test('(e) render, apply and submit to EKS', () => {
    expect(
      find((f) => commandsOf(f).includes('render') && steps(f).some((s) => s.with?.command === 'apply' && s.with?.submit === true && s.with?.['cluster-name'] !== undefined)),
    ).not.toEqual([]);
  });
});

describe('the examples as users copy them', () => {
  test('a paths filter that names a workflow file names the file itself (where its header says to copy it)', () => {
    for (const f of examples) {
      const on = events(f.doc);
      const paths = Object.values(on).flatMap((e) => ((e as { paths?: string[] } | null)?.paths ?? []).filter((p) => p.startsWith('.github/workflows/')));
      for (const p of paths) {
        expect([f.rel, p]).toEqual([f.rel, `.github/workflows/${f.rel.replace(/^examples\//, '')}`]);
        expect([f.rel, f.text.includes(`Copy to ${p}`)]).toEqual([f.rel, true]);
      }
    }
  });

  test('a job that waits through the action allows more time than the action waits', () => {
    const waits = (s: { with?: Record<string, unknown> }): boolean => {
      const c = s.with?.command;
      return c === 'await' || c === 'approve' || (c === 'start' && s.with?.wait !== false) || (c === 'apply' && s.with?.submit === true && s.with?.wait !== false);
    };
    for (const f of examples) {
      for (const [id, job] of jobsOf(f)) {
        for (const step of (job.steps ?? []).filter((s) => isActionStep(s) && waits(s))) {
          const actionMinutes = Number(step.with?.['timeout-minutes'] ?? action.inputs['timeout-minutes']?.default);
          const jobMinutes = Number((job as { 'timeout-minutes'?: number })['timeout-minutes'] ?? 360);
          expect([f.rel, id, jobMinutes > actionMinutes]).toEqual([f.rel, id, true]);
        }
      }
    }
  });

  describe('(c) the approval is decided by environment reviewers, not by who presses Run', () => {
    const f = workflowFile('examples/dispatch-with-approval.yml');
    const approvals = jobsOf(f).flatMap(([id, job]) => (job.steps ?? []).filter((s) => isActionStep(s) && s.with?.command === 'approve').map((s) => [id, job, s] as const));

    test('no workflow_dispatch input reaches an approval answer', () => {
      for (const [, , step] of approvals) expect(expressions(step.with?.['approval-result']).join(' ')).not.toMatch(/inputs\./);
    });

    test('Approved runs in the reviewers\' environment; Rejected runs when that job did not succeed', () => {
      const byResult = Object.fromEntries(approvals.map(([id, job, step]) => [String(step.with?.['approval-result']), { id, job }]));
      expect(Object.keys(byResult).sort()).toEqual(['Approved', 'Rejected']);
      const approve = byResult.Approved as { id: string; job: Job };
      const reject = byResult.Rejected as { id: string; job: Job };
      expect(approve.job.environment).toBe('${{ inputs.environment }}-approval');
      expect(needsOf(reject.job)).toContain(approve.id);
      expect(String((reject.job as { if?: string }).if)).toMatch(/failure\(\) \|\| cancelled\(\)/);
      // The rejection must not wait for the same reviewers again.
      expect(reject.job.environment).toBe('${{ inputs.environment }}');
    });
  });
});
