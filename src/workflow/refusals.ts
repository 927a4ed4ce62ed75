/**
 * Why `approve` answers nothing: the environment is not waiting for approval. One message per
 * case, naming the Workflow, the environment and what to do instead. Pure.
 */
import { ActionError } from '../errors.js';
import type { ApprovalState } from './approvals.js';
import { phaseOf, type Workflow } from './model.js';

const AWAIT_HINT = 'A step with command await and this workflow-name returns as soon as an approval waits, with the environment in its output pending-approval: run approve after it.';

export function refusal(wf: Workflow, environment: string, state: Exclude<ApprovalState, { kind: 'waiting' }>, namespace: string, raced: boolean): ActionError {
  const name = wf.metadata.name;
  const title = 'approve';
  const notWaiting = `Environment ${environment} of Workflow ${name} is not waiting for approval`;
  switch (state.kind) {
    case 'approved':
    case 'rejected': {
      const what = state.kind === 'approved' ? 'it was already approved' : 'it was already rejected or stopped';
      const by = raced ? ' while this step was answering it' : '';
      return new ActionError(`${notWaiting}: ${what}${by} (${state.approval.node.message || state.approval.node.phase}).`, {
        hint: `Nothing was changed. Follow the Workflow with: argo get -n ${namespace} ${name}`,
        title,
      });
    }
    case 'finished':
      return new ActionError(`${notWaiting}: the Workflow has finished (${state.phase}).`, { hint: 'Nothing was changed. Deploy again with a new run (command apply with submit: true).', title });
    case 'no-approval':
      return new ActionError(`${notWaiting}: ${state.environment} has no approval step (approval is not true for it in aphex-config.yaml).`, { hint: 'Nothing was changed. Only environments with approval: true wait for one.', title });
    case 'unknown':
      return new ActionError(`Workflow ${name} has no environment ${environment}; its environments are: ${state.known.join(', ') || '(none)'}.`, {
        hint: 'Set the input environment to one of them, as named in aphex-config.yaml.',
        title,
      });
    case 'not-reached': {
      const waiting = state.pending.length > 0 ? ` Waiting for approval now: ${state.pending.map((a) => a.environment).join(', ')}.` : '';
      return new ActionError(`${notWaiting} (yet): the Workflow is ${phaseOf(wf) || 'Pending'} and has not reached its approval.${waiting}`, { hint: `Nothing was changed. ${AWAIT_HINT}`, title });
    }
    case 'unreadable': {
      const where = state.why === 'offloaded' ? "keeps its node status in Argo's database (node status offloading)" : 'has its node status compressed';
      return new ActionError(`Workflow ${name} ${where}, so its approval cannot be answered through the Kubernetes API.`, {
        hint: `Answer it with the Argo CLI, which reads the nodes through the Argo Server: argo resume -n ${namespace} ${name} --node-field-selector inputs.parameters.environment.value=${environment} (or argo stop with the same selector to reject it).`,
        title,
      });
    }
  }
}
