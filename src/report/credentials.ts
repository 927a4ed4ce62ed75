/** Log lines and the job summary of the credentials flow. Plain data in; no secrets ever. */
import * as core from '@actions/core';
import { SummaryDoc } from './markdown.js';
import { writeSummary } from './summary.js';

export interface SessionReport {
  source: 'oidc' | 'ambient';
  accountId: string;
  /** Assumed-role ARN (oidc) or the caller ARN (ambient). */
  arn: string;
  expiration?: Date;
  /** The first role, when a chain was assumed. */
  viaArn?: string;
  sessionName?: string;
  subject?: string;
  exported: boolean;
  region: string;
}

export function reportSession(r: SessionReport): void {
  const lines: string[] = [];
  if (r.source === 'oidc') {
    lines.push(`AWS credentials: ${r.arn}${r.viaArn ? ` (chained from ${r.viaArn})` : ''}`);
    if (r.subject) lines.push(`  from GitHub OIDC token with sub ${r.subject}`);
  } else {
    lines.push(`AWS credentials: ambient${r.arn !== '' ? `, ${r.arn}` : ''}`);
  }
  if (r.accountId !== '') lines.push(`  account ${r.accountId}, region ${r.region}`);
  if (r.expiration) lines.push(`  expire at ${r.expiration.toISOString()} (renewed before then while this step runs)`);
  if (r.exported) lines.push('  exported AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, AWS_DEFAULT_REGION for later steps');
  core.info(lines.join('\n'));
}

export function reportRetry(operation: string, attempt: number, maxAttempts: number, delayMs: number, reason: string): void {
  core.info(`${operation}: ${reason}; retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${maxAttempts})`);
}

export function reportRefreshed(arn: string, expiration: Date): void {
  core.info(`AWS credentials renewed: ${arn}, now expire at ${expiration.toISOString()}`);
}

export function reportRefreshFailed(reason: string, expiration: Date): void {
  core.warning(`Could not renew the AWS credentials yet (${reason}); the current ones stay valid until ${expiration.toISOString()} and renewal is tried again.`, {
    title: 'AWS credentials',
  });
}

export function credentialsSummary(r: SessionReport): SummaryDoc {
  const rows = [
    ['Source', r.source === 'oidc' ? 'GitHub OIDC → STS' : 'ambient credentials'],
    ['Account', r.accountId || '(unknown)'],
    ['Identity', r.arn || '(unknown)'],
    ...(r.viaArn ? [['Chained from', r.viaArn]] : []),
    ['Region', r.region],
    ['Expires', r.expiration ? r.expiration.toISOString() : '(not reported)'],
  ];
  return new SummaryDoc().heading('AWS credentials').table(['Field', 'Value'], rows);
}

export async function writeCredentialsSummary(r: SessionReport, env: NodeJS.ProcessEnv): Promise<void> {
  await writeSummary(env, credentialsSummary(r));
}
