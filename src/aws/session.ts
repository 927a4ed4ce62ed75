/**
 * The AWS session every AWS-facing command starts from: region + a credential provider.
 * (The credentials capability fills in OIDC, chaining and refresh behind this same shape.)
 */
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { CommandContext } from '../context.js';
import { InputError } from '../errors.js';

export interface AwsSession {
  region: string;
  /** Credential provider; undefined means the SDK's default chain (ambient credentials). */
  credentials: AwsCredentialIdentityProvider | undefined;
  /** Account id when known (from the assumed-role ARN). */
  accountId: string | undefined;
}

export function requireRegion(ctx: CommandContext): string {
  const region = ctx.settings.awsRegion;
  if (region === '') {
    throw new InputError('aws-region', 'is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set', 'the AWS region of the pipeline or cluster', 'aws-region: eu-west-1');
  }
  return region;
}

export async function openAwsSession(ctx: CommandContext): Promise<AwsSession> {
  return { region: requireRegion(ctx), credentials: undefined, accountId: undefined };
}
