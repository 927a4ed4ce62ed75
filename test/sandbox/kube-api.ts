/** Answers of the Kubernetes emulator that need no state: discovery and RBAC denials, shaped as the API server's. */
import { API, GROUP, ok, status } from './kube-ssa.ts';
import type { SandboxResponse } from './server.ts';

/** /version, /apis and /apis/argoproj.io/v1alpha1 (404 when Argo is not installed). */
export function discoveryAnswer(path: string, argoInstalled: boolean): SandboxResponse {
  if (path === '/version') return ok(200, { major: '1', minor: '31', gitVersion: 'v1.31.0-sandbox' });
  if (path === '/apis') {
    const groups = argoInstalled ? [{ name: GROUP, versions: [{ groupVersion: API, version: 'v1alpha1' }], preferredVersion: { groupVersion: API, version: 'v1alpha1' } }] : [];
    return ok(200, { kind: 'APIGroupList', apiVersion: 'v1', groups });
  }
  if (!argoInstalled) return status(404, 'NotFound', 'the server could not find the requested resource', {});
  const verbs = ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'];
  return ok(200, {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: API,
    resources: [
      { name: 'workflows', singularName: 'workflow', namespaced: true, kind: 'Workflow', verbs, shortNames: ['wf'] },
      { name: 'workflowtemplates', singularName: 'workflowtemplate', namespaced: true, kind: 'WorkflowTemplate', verbs, shortNames: ['wftmpl'] },
    ],
  });
}

/** RBAC's 403, e.g. `pods "p" is forbidden: User "u" cannot get resource "pods/log" in API group "" in the namespace "argo"`. */
export function forbiddenAnswer(user: string, verb: string, resource: string, ns: string, name?: string, group = GROUP): SandboxResponse {
  const [plural] = resource.split('/') as [string];
  const what = `${group === '' ? plural : `${plural}.${group}`}${name ? ` "${name}"` : ''}`;
  return status(403, 'Forbidden', `${what} is forbidden: User "${user}" cannot ${verb} resource "${resource}" in API group "${group}" in the namespace "${ns}"`, {
    ...(name ? { name } : {}),
    group,
    kind: plural,
  });
}
