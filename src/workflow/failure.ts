/**
 * What a failed Workflow's step message says went wrong: a rejected approval, a failed pipeline
 * deployment (the environments then ran on the WorkflowTemplate already in the cluster), or the
 * first failed step. Pure.
 */
import { TEMPLATE } from '../argo/templates.js';
import { approvalNodes } from './approvals.js';
import { failingNode, isStepNode, nodeLabel, type Workflow, type WorkflowNode } from './model.js';

const failed = (n: WorkflowNode): boolean => n.phase === 'Failed' || n.phase === 'Error';
const verb = (n: WorkflowNode): string => (n.phase === 'Error' ? 'errored' : 'failed');
const stepText = (n: WorkflowNode): string => `step ${nodeLabel(n)} ${verb(n)}: ${n.message || '(no message)'}`;

/** The failed pipeline deployment step, when it failed. */
export function failedPipelineDeployment(wf: Workflow): WorkflowNode | undefined {
  return Object.values(wf.status?.nodes ?? {}).find((n) => n.type === 'Pod' && failed(n) && (n.templateName === TEMPLATE.deployPipeline || n.templateRef?.template === TEMPLATE.deployPipeline));
}

/** The reason of a failed Workflow, one line, for the step's error message. */
export function failureReason(wf: Workflow): string {
  const rejected = approvalNodes(wf).find((a) => failed(a.node));
  if (rejected) return `environment ${rejected.environment} was not approved: ${rejected.node.message || rejected.node.phase}`;
  const pipeline = failedPipelineDeployment(wf);
  if (pipeline) {
    const others = Object.values(wf.status?.nodes ?? {}).filter((n) => n !== pipeline && isStepNode(n) && failed(n) && n.name.replace(/\(\d+\)$/, '') !== pipeline.name.replace(/\(\d+\)$/, ''));
    const then = others.length > 0 ? `; then ${stepText(others[0] as WorkflowNode)}` : '';
    return (
      `the pipeline deployment step (deploy-pipeline) ${verb(pipeline)}: ${pipeline.message || '(no message)'}. ` +
      `The environments ran on the WorkflowTemplate already in the cluster, without this commit's pipeline changes${then}`
    );
  }
  const node = failingNode(wf);
  return node ? stepText(node) : wf.status?.message || '(no message)';
}
