import { describe, expect, test } from '@jest/globals';
import { neededPermissions } from '../../src/kube/rbac.js';
import { apiError } from '../../src/kube/status-errors.js';
import { networkError } from '../../src/kube/transport-errors.js';

const target = { server: 'https://ABC.gr7.eu-west-1.eks.amazonaws.com', source: 'EKS cluster "prod"', eks: true, needs: neededPermissions('submit'), namespace: 'argo' };
const op = { verb: 'patch', resource: 'workflowtemplates', name: 'shop-template', namespace: 'argo' };
const statusBody = (o: Record<string, unknown>) => JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', ...o });

describe('Kubernetes errors a user can act on', () => {
  test('403 quotes the server and lists the verbs and resources needed, with a Role', () => {
    const e = apiError(403, statusBody({ message: 'workflowtemplates.argoproj.io "shop-template" is forbidden: User "ci" cannot patch resource "workflowtemplates"', reason: 'Forbidden', code: 403 }), op, target);
    expect(e.message).toContain('Kubernetes RBAC denied patch workflowtemplates "shop-template" in namespace argo (403 Forbidden): workflowtemplates.argoproj.io "shop-template" is forbidden');
    expect(e.hint).toContain('workflowtemplates.argoproj.io in namespace argo: get, create, patch');
    expect(e.hint).toContain('workflows.argoproj.io in namespace argo: get, watch, create, patch');
    expect(e.hint).toContain('kind: Role');
    expect(e.hint).toContain('kind: RoleBinding');
  });

  test('401 on EKS explains access entries and aws-auth', () => {
    const e = apiError(401, statusBody({ message: 'Unauthorized', reason: 'Unauthorized', code: 401 }), op, target);
    expect(e.message).toContain('rejected the credentials (401 Unauthorized)');
    expect(e.hint).toContain('aws eks create-access-entry');
    expect(e.hint).toContain('aws-auth');
  });

  test('409 names the conflicting field manager and fields', () => {
    const body = statusBody({
      message: 'Apply failed with 1 conflict: conflict with "kubectl-edit" using argoproj.io/v1alpha1: .spec.entrypoint',
      reason: 'Conflict',
      details: { causes: [{ reason: 'FieldManagerConflict', message: 'conflict with "kubectl-edit" using argoproj.io/v1alpha1', field: '.spec.entrypoint' }] },
      code: 409,
    });
    const e = apiError(409, body, op, target);
    expect(e.message).toBe('Server-side apply of workflowtemplates "shop-template" conflicts with field manager "kubectl-edit" on .spec.entrypoint (409 Conflict).');
    expect(e.hint).toContain('--force-conflicts --field-manager=aphex-pipeline');
  });

  test('422 lists the field errors', () => {
    const body = statusBody({ message: 'WorkflowTemplate.argoproj.io "shop-template" is invalid: spec.templates: Required value', reason: 'Invalid', details: { causes: [{ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.templates' }] }, code: 422 });
    expect(apiError(422, body, op, target).message).toContain('\n  spec.templates: Required value');
  });

  test('a missing namespace is named', () => {
    const e = apiError(404, statusBody({ message: 'namespaces "argo" not found', reason: 'NotFound', details: { name: 'argo', kind: 'namespaces' }, code: 404 }), op, target);
    expect(e.message).toContain('Namespace "argo" does not exist');
  });

  test('a network error names the endpoint', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' });
    const e = networkError(err, op, target, 4);
    expect(e.message).toContain('Cannot reach the Kubernetes API at https://ABC.gr7.eu-west-1.eks.amazonaws.com (EKS cluster "prod")');
    expect(e.message).toContain('after 4 attempts');
  });

  test('a non-JSON answer is quoted, shortened', () => {
    const e = apiError(502, '<html>' + 'x'.repeat(1000) + '</html>', op, target);
    expect(e.message.length).toBeLessThan(600);
    expect(e.retryable).toBe(true);
  });
});
