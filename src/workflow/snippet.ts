/**
 * The workflow step that approves a waiting environment, as YAML to paste into a later job: the
 * same action reference, Workflow, namespace and cluster connection as the step that found the
 * approval waiting. Pure.
 */
import { stringify } from 'yaml';

export interface SnippetInput {
  workflowName: string;
  environment: string;
  namespace: string;
  clusterName: string;
  awsRegion: string;
  roleToAssume: string;
  kubeconfig: string;
  kubeContext: string;
}

/** The placeholder the README and examples use when the runner does not name the action. */
export const ACTION_PLACEHOLDER = 'your-org/aphex-pipeline-action@v1';

/** `owner/repo@ref` of the running action (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF), else the placeholder. */
export function actionReference(env: NodeJS.ProcessEnv): string {
  const repo = env.GITHUB_ACTION_REPOSITORY ?? '';
  const ref = env.GITHUB_ACTION_REF ?? '';
  return /^[\w.-]+\/[\w.-]+$/.test(repo) && /^[\w./-]+$/.test(ref) ? `${repo}@${ref}` : ACTION_PLACEHOLDER;
}

export function approveStep(s: SnippetInput, uses: string): string {
  const connection: Record<string, string> = s.clusterName !== '' ? { 'cluster-name': s.clusterName } : { ...(s.kubeconfig ? { kubeconfig: s.kubeconfig } : {}), ...(s.kubeContext ? { 'kube-context': s.kubeContext } : {}) };
  const aws: Record<string, string> = s.clusterName !== '' ? { ...(s.awsRegion ? { 'aws-region': s.awsRegion } : {}), ...(s.roleToAssume ? { 'role-to-assume': s.roleToAssume } : {}) } : {};
  const step = {
    name: `Approve ${s.environment}`,
    uses,
    with: {
      command: 'approve',
      'workflow-name': s.workflowName,
      environment: s.environment,
      'approval-result': 'Approved',
      namespace: s.namespace,
      ...connection,
      ...aws,
    },
  };
  // YAML 1.2, as GitHub reads workflows: plain scalars where they stay strings, quotes elsewhere.
  return stringify([step], { lineWidth: 0 });
}
