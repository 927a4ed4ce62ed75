/**
 * Reading the GitHub OIDC token's claims (no verification: only to explain a refusal) and the
 * IAM trust-policy condition that would accept them.
 */
import { isObj } from '../util/guards.js';

export interface TokenClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  repository?: string;
  ref?: string;
  environment?: string;
  job_workflow_ref?: string;
  event_name?: string;
  exp?: number;
  [claim: string]: unknown;
}

/** Claims that identify the job and are safe to print (the token itself is a secret). */
export const SHOWN_CLAIMS = ['sub', 'aud', 'repository', 'ref', 'environment', 'job_workflow_ref', 'event_name', 'iss'] as const;

export function decodeClaims(token: string): TokenClaims | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return isObj(parsed) ? (parsed as TokenClaims) : undefined;
  } catch {
    return undefined;
  }
}

export function audienceOf(claims: TokenClaims): string {
  return Array.isArray(claims.aud) ? claims.aud.join(',') : (claims.aud ?? '');
}

/** `token.actions.githubusercontent.com` for github.com; the issuer host and path on GHES. */
export function issuerKey(claims: TokenClaims): string {
  const iss = typeof claims.iss === 'string' && claims.iss !== '' ? claims.iss : 'https://token.actions.githubusercontent.com';
  return iss.replace(/^https:\/\//, '').replace(/\/+$/, '');
}

export function claimLines(claims: TokenClaims): string[] {
  const lines: string[] = [];
  for (const name of SHOWN_CLAIMS) {
    const value = name === 'aud' ? audienceOf(claims) : claims[name];
    if (typeof value === 'string' && value !== '') lines.push(`  ${name}: ${value}`);
  }
  return lines;
}

/**
 * A trust-policy statement that accepts exactly this token: StringEquals on its sub and aud,
 * never a wildcard (a wildcard on sub admits other branches, pull requests and environments).
 */
export function matchingTrustStatement(claims: TokenClaims, roleArn: string): Record<string, unknown> {
  const key = issuerKey(claims);
  const account = /^arn:[^:]+:iam::(\d{12}):/.exec(roleArn)?.[1] ?? '<account id>';
  const partition = /^arn:([^:]+):/.exec(roleArn)?.[1] ?? 'aws';
  const aud = audienceOf(claims) || 'sts.amazonaws.com';
  const sub = typeof claims.sub === 'string' && claims.sub !== '' ? claims.sub : 'repo:<owner>/<repo>:environment:<environment>';
  return {
    Effect: 'Allow',
    Principal: { Federated: `arn:${partition}:iam::${account}:oidc-provider/${key}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: { StringEquals: { [`${key}:aud`]: aud, [`${key}:sub`]: sub } },
  };
}
