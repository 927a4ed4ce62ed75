/** The Kubernetes permissions the action needs, as text for hints and docs. */

export const ARGO_GROUP = 'argoproj.io';
export const ARGO_VERSION = 'v1alpha1';
export const ARGO_API = `${ARGO_GROUP}/${ARGO_VERSION}`;

/** The field manager of every server-side apply the action makes. */
export const FIELD_MANAGER = 'aphex-pipeline';

export interface Permission {
  resource: string;
  verbs: string[];
}

export function neededPermissions(submit: boolean): Permission[] {
  const perms: Permission[] = [{ resource: 'workflowtemplates', verbs: ['get', 'create', 'patch'] }];
  if (submit) perms.push({ resource: 'workflows', verbs: ['get', 'watch', 'create', 'patch'] });
  return perms;
}

export function permissionLines(namespace: string, submit: boolean): string {
  return neededPermissions(submit)
    .map((p) => `  ${p.resource}.${ARGO_GROUP} in namespace ${namespace}: ${p.verbs.join(', ')}`)
    .join('\n');
}

/** A Role + RoleBinding granting exactly what apply (and submit) need. */
export function rbacSnippet(namespace: string, submit: boolean, subject = 'aphex-deployers'): string {
  const rules = neededPermissions(submit)
    .map((p) => `  - apiGroups: ["${ARGO_GROUP}"]\n    resources: ["${p.resource}"]\n    verbs: [${p.verbs.map((v) => `"${v}"`).join(', ')}]`)
    .join('\n');
  return [
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: Role',
    'metadata:',
    '  name: aphex-pipeline-deployer',
    `  namespace: ${namespace}`,
    'rules:',
    rules,
    '---',
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: RoleBinding',
    'metadata:',
    '  name: aphex-pipeline-deployer',
    `  namespace: ${namespace}`,
    'roleRef:',
    '  apiGroup: rbac.authorization.k8s.io',
    '  kind: Role',
    '  name: aphex-pipeline-deployer',
    'subjects:',
    '  - apiGroup: rbac.authorization.k8s.io',
    '    kind: Group',
    `    name: ${subject}`,
  ].join('\n');
}
