/**
 * Where the SDK's default credential chain found the ambient credentials, in words a user can
 * act on. The chain marks what it resolved (`$source` features); the container and instance
 * providers leave no mark, and being last in the chain they are what an unmarked result is.
 */

interface MarkedIdentity {
  sessionToken?: string;
  $source?: Record<string, unknown>;
}

export function ambientSource(identity: MarkedIdentity, env: NodeJS.ProcessEnv): string {
  const marks = Object.keys(identity.$source ?? {});
  const has = (prefix: string): boolean => marks.some((m) => m.startsWith(prefix));
  const profile = `profile '${env.AWS_PROFILE || 'default'}' of the shared AWS config files (${env.AWS_SHARED_CREDENTIALS_FILE || '~/.aws/credentials'}, ${env.AWS_CONFIG_FILE || '~/.aws/config'})`;
  if (has('CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN')) return `the web identity token file AWS_WEB_IDENTITY_TOKEN_FILE with the role AWS_ROLE_ARN${env.AWS_ROLE_ARN ? ` (${env.AWS_ROLE_ARN})` : ''}`;
  if (has('CREDENTIALS_ENV_VARS')) {
    return `the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY${identity.sessionToken ? ' (with AWS_SESSION_TOKEN)' : ''}`;
  }
  if (has('CREDENTIALS_PROFILE_SSO') || has('CREDENTIALS_SSO')) return `the IAM Identity Center (SSO) login of ${profile}`;
  if (has('CREDENTIALS_PROFILE_PROCESS') || has('CREDENTIALS_PROCESS')) return `the credential_process of ${profile}`;
  if (has('CREDENTIALS_PROFILE')) return profile;
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return 'the container role (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / AWS_CONTAINER_CREDENTIALS_FULL_URI)';
  if (marks.length === 0) return "the runner's instance role (EC2 instance metadata)";
  return 'the default AWS credential chain';
}
