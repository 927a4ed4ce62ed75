/** The Kubernetes permissions the action needs, per purpose, as text for hints and docs. */

export const ARGO_GROUP = 'argoproj.io';
export const ARGO_VERSION = 'v1alpha1';
export const ARGO_API = `${ARGO_GROUP}/${ARGO_VERSION}`;

/** The field manager of every server-side apply the action makes. */
export const FIELD_MANAGER = 'aphex-pipeline';

export interface Permission {
  /** API group: 'argoproj.io', or '' for the core group (pods/log). */
  group: string;
  resource: string;
  verbs: string[];
}

/**
 * What a step does in the cluster:
 * - apply: server-side apply the WorkflowTemplate;
 * - submit: also create a Workflow and follow it (apply with submit);
 * - follow: await an existing Workflow (await with workflow-name);
 * - approve: answer an approval, then follow the Workflow;
 * - delete: remove the pipeline's WorkflowTemplate.
 * Following a Workflow watches it, patches it to terminate on cancel, and reads failed steps' logs.
 */
export type KubePurpose = 'apply' | 'submit' | 'follow' | 'approve' | 'delete';

const TEMPLATES = (verbs: string[]): Permission => ({ group: ARGO_GROUP, resource: 'workflowtemplates', verbs });
const WORKFLOWS = (verbs: string[]): Permission => ({ group: ARGO_GROUP, resource: 'workflows', verbs });
const POD_LOGS: Permission = { group: '', resource: 'pods/log', verbs: ['get'] };

export function neededPermissions(purpose: KubePurpose): Permission[] {
  switch (purpose) {
    case 'apply':
      return [TEMPLATES(['get', 'create', 'patch'])];
    case 'submit':
      return [TEMPLATES(['get', 'create', 'patch']), WORKFLOWS(['get', 'watch', 'create', 'patch']), POD_LOGS];
    case 'follow':
    case 'approve':
      return [WORKFLOWS(['get', 'watch', 'patch']), POD_LOGS];
    case 'delete':
      return [TEMPLATES(['get', 'delete'])];
  }
}

/** `workflows.argoproj.io`, or `pods/log` for the core group. */
export function resourceName(p: Pick<Permission, 'group' | 'resource'>): string {
  return p.group === '' ? p.resource : `${p.resource}.${p.group}`;
}

export function permissionLines(namespace: string, needs: readonly Permission[]): string {
  return needs.map((p) => `  ${resourceName(p)} in namespace ${namespace}: ${p.verbs.join(', ')}`).join('\n');
}

/** A Role + RoleBinding granting exactly `needs`. */
export function rbacSnippet(namespace: string, needs: readonly Permission[], subject = 'aphex-deployers'): string {
  const rules = needs.map((p) => `  - apiGroups: ["${p.group}"]\n    resources: ["${p.resource}"]\n    verbs: [${p.verbs.map((v) => `"${v}"`).join(', ')}]`).join('\n');
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
