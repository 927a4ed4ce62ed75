/**
 * Argo Workflows and Kubernetes limits the rendered WorkflowTemplate must respect, and what they
 * mean for the config. Each limit carries its name and source so errors can cite it.
 */

export interface Limit {
  value: number;
  /** What the limit is, as shown to the user. */
  what: string;
}

/** WorkflowTemplate CRD: `dag.tasks` has maxItems 200. */
export const MAX_DAG_TASKS: Limit = { value: 200, what: "Argo's limit of 200 tasks in one DAG template (WorkflowTemplate CRD, dag.tasks maxItems)" };
/** WorkflowTemplate CRD: `spec.templates` has maxItems 200. */
export const MAX_TEMPLATES: Limit = { value: 200, what: "Argo's limit of 200 templates in one WorkflowTemplate (CRD, spec.templates maxItems)" };
/** WorkflowTemplate CRD: `inputs.parameters` has maxItems 500. */
export const MAX_INPUT_PARAMETERS: Limit = { value: 500, what: "Argo's limit of 500 input parameters per template (CRD, inputs.parameters maxItems)" };
/** Argo validation: template, task and step names are at most 128 characters. */
export const MAX_FIELD_NAME: Limit = { value: 128, what: "Argo's limit of 128 characters for template, task and step names" };
/** Argo validation (maxCharsInObjectName): WorkflowTemplate names are at most 63 characters. */
export const MAX_OBJECT_NAME: Limit = { value: 63, what: "Argo's and Kubernetes' limit of 63 characters for a WorkflowTemplate name" };
/**
 * Kubernetes stores objects in etcd; Argo documents that resources must stay under 1 MB
 * (etcd's default request limit is 1.5 MiB). We keep the template's JSON under 1 MiB.
 */
export const MAX_OBJECT_BYTES: Limit = { value: 1024 * 1024, what: 'the 1 MiB size limit for a Kubernetes object stored in etcd (Argo: "resources must be under 1MB")' };
/**
 * Linux caps one argument or environment string at 128 KiB (MAX_ARG_STRLEN). Argo hands each
 * pod its template, arguments substituted, in one environment variable (ARGO_TEMPLATE), so the
 * values passed to one step must stay well below it: we allow 96 KiB and keep 32 KiB for the rest.
 */
export const MAX_STEP_ARGUMENT_BYTES: Limit = { value: 96 * 1024, what: "the 96 KiB budget for one step's arguments (Linux caps an environment string, which carries a pod's template, at 128 KiB)" };

/** Tasks of the main DAG besides the environments: validate, build, deploy-pipeline and finish. */
export const FIXED_DAG_TASKS = 4;
/** The largest number of environments the main DAG admits. */
export const MAX_ENVIRONMENTS = MAX_DAG_TASKS.value - FIXED_DAG_TASKS;
/** Environment names become Argo task and output names; keep them short. */
export const MAX_ENVIRONMENT_NAME = 50;

/** UTF-8 byte length. */
export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
