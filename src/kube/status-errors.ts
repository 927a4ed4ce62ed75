/**
 * Kubernetes API answers turned into errors a user can act on. Pure: takes the HTTP status,
 * the body and what we were doing; returns an ActionError.
 */
import { ActionError } from '../errors.js';
import { permissionLines, rbacSnippet, FIELD_MANAGER, type Permission } from './rbac.js';

/** The `Status` object the API server answers errors with. */
export interface KubeStatus {
  kind?: string;
  message?: string;
  reason?: string;
  code?: number;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    causes?: { reason?: string; message?: string; field?: string }[];
  };
}

/** What a request was for: names the verb and the object in messages. */
export interface Operation {
  verb: string;
  /** Plural resource, e.g. `workflowtemplates`. */
  resource: string;
  name?: string;
  namespace?: string;
}

/** Where the API is and how we got there (for messages and hints). */
export interface ApiTarget {
  server: string;
  /** e.g. `EKS cluster "prod"` or `kubeconfig context "ci" (/path/config)`. */
  source: string;
  eks: boolean;
  /** What this step needs in the namespace (the permissions hint lists it). */
  needs: Permission[];
  namespace: string;
}

/** The permissions a hint lists for `target`. */
export function needsOf(target: ApiTarget): Permission[] {
  return target.needs;
}

export function parseStatus(body: string): KubeStatus | undefined {
  try {
    const v = JSON.parse(body) as unknown;
    if (v !== null && typeof v === 'object' && (v as KubeStatus).kind === 'Status') return v as KubeStatus;
  } catch {
    // not JSON
  }
  return undefined;
}

export function describeOp(op: Operation): string {
  const what = op.name ? `${op.resource} "${op.name}"` : op.resource;
  return `${op.verb} ${what}${op.namespace ? ` in namespace ${op.namespace}` : ''}`;
}

function serverText(status: KubeStatus | undefined, body: string): string {
  if (status?.message) return status.message;
  const text = body.trim().replace(/\s+/g, ' ');
  return text.length > 300 ? `${text.slice(0, 297)}...` : text || '(empty answer)';
}

export function unauthorizedHint(target: ApiTarget): string {
  const perms = permissionLines(target.namespace, needsOf(target));
  if (target.eks) {
    return (
      `The cluster does not know the AWS identity the action signs its token with. Give that IAM role access: an EKS access entry ` +
      `(aws eks create-access-entry --cluster-name <cluster> --principal-arn <role ARN> --kubernetes-groups aphex-deployers) ` +
      `or a mapRoles entry in the aws-auth ConfigMap, then bind the group to a Role allowing:\n${perms}\n` +
      'See docs/kubernetes.md for the Role and RoleBinding.'
    );
  }
  return (
    `The kubeconfig user's token or client certificate was not accepted (expired, revoked, or for another cluster). ` +
    `Refresh the kubeconfig (for EKS, prefer the cluster-name input, which signs a fresh token). The identity needs:\n${perms}`
  );
}

export function forbiddenHint(target: ApiTarget): string {
  return `The identity needs these permissions:\n${permissionLines(target.namespace, needsOf(target))}\nFor example:\n${rbacSnippet(target.namespace, needsOf(target))}`;
}

/** `conflict with "kubectl-edit" using argoproj.io/v1alpha1` → kubectl-edit */
export function conflictManagers(status: KubeStatus | undefined): { managers: string[]; fields: string[] } {
  const managers = new Set<string>();
  const fields: string[] = [];
  for (const c of status?.details?.causes ?? []) {
    const m = /conflict with "([^"]+)"/.exec(c.message ?? '');
    if (m?.[1]) managers.add(m[1]);
    if (c.field) fields.push(c.field);
  }
  if (managers.size === 0) {
    for (const m of (status?.message ?? '').matchAll(/conflict with "([^"]+)"/g)) if (m[1]) managers.add(m[1]);
  }
  return { managers: [...managers], fields };
}

export function apiError(httpStatus: number, body: string, op: Operation, target: ApiTarget): ActionError {
  const status = parseStatus(body);
  const text = serverText(status, body);
  const doing = describeOp(op);
  const at = `the Kubernetes API at ${target.server} (${target.source})`;
  switch (httpStatus) {
    case 401:
      return new ActionError(`${at} rejected the credentials (401 Unauthorized) on ${doing}.`, { hint: unauthorizedHint(target), title: 'kubernetes 401' });
    case 403:
      return new ActionError(`Kubernetes RBAC denied ${doing} (403 Forbidden): ${text}`, { hint: forbiddenHint(target), title: 'kubernetes 403' });
    case 404:
      if (status?.details?.kind === 'namespaces') {
        return new ActionError(`Namespace "${status.details.name ?? op.namespace}" does not exist in ${at}.`, {
          hint: `Set the namespace input to the namespace Argo Workflows watches (often "argo"), or create it: kubectl create namespace ${status.details.name ?? op.namespace}`,
          title: 'kubernetes 404',
        });
      }
      return new ActionError(`Not found (404) on ${doing}: ${text}`, { hint: 'Check the namespace and names, and that Argo Workflows is installed in this cluster.', title: 'kubernetes 404' });
    case 409:
      return conflictError(status, text, op);
    case 422:
      return invalidError(status, text, op);
    default:
      return new ActionError(`${at} answered ${httpStatus}${status?.reason ? ` ${status.reason}` : ''} on ${doing}: ${text}`, {
        hint: httpStatus === 429 || httpStatus >= 500 ? 'The API server is overloaded or failing; the request was retried. Re-run the job later.' : 'See the message above.',
        retryable: httpStatus === 429 || httpStatus >= 500,
        title: `kubernetes ${httpStatus}`,
      });
  }
}

function conflictError(status: KubeStatus | undefined, text: string, op: Operation): ActionError {
  const { managers, fields } = conflictManagers(status);
  if (managers.length === 0) {
    return new ActionError(`Conflict (409) on ${describeOp(op)}: ${text}`, { hint: 'Another client changed the object at the same time; re-run the job.', retryable: true, title: 'kubernetes 409' });
  }
  const who = managers.map((m) => `"${m}"`).join(', ');
  return new ActionError(
    `Server-side apply of ${op.resource} "${op.name}" conflicts with field manager ${who} on ${fields.length > 0 ? fields.join(', ') : 'some fields'} (409 Conflict).`,
    {
      hint:
        `Another client (${who}) changed these fields after the action applied them, and owns them now. Put the change into the config file instead, ` +
        `then hand the fields back once: kubectl apply --server-side --force-conflicts --field-manager=${FIELD_MANAGER} -n ${op.namespace ?? '<namespace>'} -f <the rendered template file>`,
      title: 'kubernetes 409',
    },
  );
}

function invalidError(status: KubeStatus | undefined, text: string, op: Operation): ActionError {
  const causes = (status?.details?.causes ?? []).map((c) => `  ${c.field ?? '(object)'}: ${c.message ?? c.reason ?? 'invalid'}`);
  return new ActionError(`The Kubernetes API rejected ${op.resource} "${op.name ?? ''}" as invalid (422): ${text}${causes.length > 0 ? `\n${causes.join('\n')}` : ''}`, {
    hint: 'These are the API server\'s (or an admission webhook\'s) field errors for the rendered template; fix the config so it renders a valid object, or check the Argo Workflows version installed.',
    title: 'kubernetes 422',
  });
}
