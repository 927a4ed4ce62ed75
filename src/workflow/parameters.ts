/** The Workflow's arguments: commit, repository and branch from the job, plus workflow-parameters. Pure. */
import type { Pair } from '../inputs/pairs.js';
import type { RunContext } from '../inputs/run-context.js';
import type { Parameter } from './model.js';

/** What the parameters are made of: the commit, where the job runs, and workflow-parameters. */
export interface ParameterSource {
  commitSha: string;
  run: Pick<RunContext, 'repository' | 'serverUrl' | 'refName'>;
  workflowParameters: Pair[];
}

/**
 * Workflow parameters for the job context. The rendered template declares `repository` and
 * `revision`; `branch` is passed too so the Workflow (and the Argo UI) shows where it came from.
 */
export const CONTEXT_PARAMETERS = { commit: 'revision', repo: 'repository', branch: 'branch' } as const;

export function declaredParameters(template: Record<string, unknown>): string[] {
  const spec = template.spec as { arguments?: { parameters?: { name?: string }[] } } | undefined;
  return (spec?.arguments?.parameters ?? []).map((p) => p.name ?? '').filter((n) => n !== '');
}

export function contextParameters(s: Omit<ParameterSource, 'workflowParameters'>, env: NodeJS.ProcessEnv): Parameter[] {
  const repoUrl = s.run.repository ? `${s.run.serverUrl}/${s.run.repository}.git` : '';
  const branch = env.GITHUB_HEAD_REF?.trim() || s.run.refName;
  return [
    { name: CONTEXT_PARAMETERS.commit, value: s.commitSha },
    { name: CONTEXT_PARAMETERS.repo, value: repoUrl },
    { name: CONTEXT_PARAMETERS.branch, value: branch },
  ];
}

/**
 * Context parameters, then workflow-parameters (which win on a name clash). A workflow-parameter
 * the template does not declare is passed on with a warning (likely a typo).
 */
export function submitParameters(template: Record<string, unknown>, s: ParameterSource, env: NodeJS.ProcessEnv, warn: (message: string) => void): Parameter[] {
  const declared = declaredParameters(template);
  const byName = new Map<string, string>();
  for (const p of contextParameters(s, env)) if (p.value !== '') byName.set(p.name, p.value);
  for (const p of s.workflowParameters) {
    if (declared.length > 0 && !declared.includes(p.name)) {
      warn(`workflow-parameters line ${p.line}: the WorkflowTemplate declares no parameter '${p.name}' (it declares ${declared.join(', ')}); passing it anyway.`);
    }
    byName.set(p.name, p.value);
  }
  return [...byName.entries()].map(([name, value]) => ({ name, value }));
}
