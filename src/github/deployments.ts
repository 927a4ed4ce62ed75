/**
 * A GitHub Deployment for an environment and its statuses (in_progress -> success / failure),
 * with the execution's console link as log URL. Recording is best effort: a failure to record
 * is a warning, never the reason a deploy fails.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { messageOf } from '../errors.js';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentRecord {
  status(state: DeploymentState, logUrl: string, description: string): Promise<void>;
}

export interface DeploymentRequest {
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise Server and tests point it elsewhere). */
  apiUrl: string;
  repository: string;
  ref: string;
  environment: string;
  description: string;
  payload: Record<string, string>;
}

function hintFor(e: unknown): string {
  const status = (e as { status?: number }).status;
  if (status === 403 || status === 404) return ' The token needs `permissions: deployments: write` (and the repository must be visible to it).';
  if (status === 401) return ' The github-token was not accepted.';
  return '';
}

export async function createDeployment(req: DeploymentRequest): Promise<DeploymentRecord | undefined> {
  const [owner, repo] = req.repository.split('/');
  if (!owner || !repo || req.ref === '') {
    core.warning('No GitHub Deployment recorded: GITHUB_REPOSITORY or the commit is unknown (not running in GitHub Actions?).');
    return undefined;
  }
  const octokit = getOctokit(req.token, { baseUrl: req.apiUrl.replace(/\/+$/, '') });
  let id: number;
  try {
    const r = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: req.ref,
      environment: req.environment,
      description: req.description.slice(0, 140),
      auto_merge: false,
      required_contexts: [],
      payload: req.payload,
      production_environment: /^prod(uction)?$/i.test(req.environment),
    });
    if (!('id' in r.data)) throw new Error(`GitHub did not create the deployment: ${(r.data as { message?: string }).message ?? r.status}`);
    id = r.data.id;
  } catch (e) {
    core.warning(`Could not record a GitHub Deployment for environment '${req.environment}': ${messageOf(e)}.${hintFor(e)}`);
    return undefined;
  }
  core.info(`Recorded GitHub Deployment ${id} for environment '${req.environment}'.`);
  return {
    async status(state, logUrl, description) {
      try {
        await octokit.rest.repos.createDeploymentStatus({
          owner,
          repo,
          deployment_id: id,
          state,
          log_url: logUrl,
          description: description.slice(0, 140),
          environment: req.environment,
          auto_inactive: state === 'success',
        });
      } catch (e) {
        core.warning(`Could not set GitHub Deployment ${id} to '${state}': ${messageOf(e)}.${hintFor(e)}`);
      }
    },
  };
}
