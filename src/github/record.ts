/**
 * The GitHub Deployment of a CodePipeline execution, when github-token and environment ask for
 * one. Light on purpose: the GitHub client (./deployments.ts) is loaded only when a Deployment
 * is recorded.
 */
import * as core from '@actions/core';
import type { DeploymentRecord } from './deployments.js';

export interface PipelineDeployment {
  /** github-token; empty: no Deployment. */
  token: string;
  /** environment; empty: no Deployment (said in the log when a token is set). */
  environment: string;
  /** GITHUB_API_URL. */
  apiUrl: string;
  repository: string;
  /** The commit deployed. */
  ref: string;
  pipelineName: string;
  executionId: string;
  /** The execution's console link: the Deployment's log URL. */
  url: string;
}

/** Records the Deployment and sets it in_progress; undefined when none is asked for or it could not be recorded (warned). */
export async function recordPipelineDeployment(d: PipelineDeployment): Promise<DeploymentRecord | undefined> {
  if (d.token === '') return undefined;
  if (d.environment === '') {
    core.info('github-token is set but environment is empty: no GitHub Deployment recorded.');
    return undefined;
  }
  const { createDeployment } = await import('./deployments.js');
  const record = await createDeployment({
    token: d.token,
    apiUrl: d.apiUrl || 'https://api.github.com',
    repository: d.repository,
    ref: d.ref,
    environment: d.environment,
    description: `CodePipeline ${d.pipelineName}`,
    payload: { pipeline: d.pipelineName, executionId: d.executionId },
  });
  await record?.status('in_progress', d.url, `CodePipeline ${d.pipelineName} execution in progress`);
  return record;
}
