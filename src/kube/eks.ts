/**
 * Connection to an EKS cluster with the action's AWS credentials: DescribeCluster for the
 * endpoint and CA, and a bearer token built like `aws eks get-token`, renewed every
 * 10 minutes and whenever the API server answers 401.
 */
import http from 'node:http';
import https from 'node:https';
import { awsClientConfig } from '../aws/clients.js';
import { proxyEnvOf } from '../aws/proxy.js';
import type { AwsSession } from '../aws/session.js';
import { answerText, awsCause, describeAwsError, failureLine, sentence } from '../aws/describe-error.js';
import { ActionError, messageOf } from '../errors.js';
import { classifyError, isRetryable, RetryExhausted, withRetry, type RetryPolicy } from '../retry/index.js';
import { EksTokenSource, stsEndpointFor } from './eks-token.js';
import type { KubeAccess } from './transport.js';

export interface ClusterInfo {
  endpoint: string;
  caData: string;
}

/** DescribeCluster under the shared retry policy (the SDK client itself makes one attempt). */
export const DESCRIBE_CLUSTER_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 4000, deadlineMs: 30_000, attemptTimeoutMs: 10_000 };

export async function describeCluster(session: AwsSession, clusterName: string): Promise<{ info: ClusterInfo; client: import('@aws-sdk/client-eks').EKSClient }> {
  const { EKSClient, DescribeClusterCommand } = await import('@aws-sdk/client-eks');
  const client = new EKSClient(awsClientConfig(session, { requestTimeoutMs: DESCRIBE_CLUSTER_RETRY.attemptTimeoutMs }));
  let cluster;
  try {
    const out = await withRetry(({ timeoutMs }) => client.send(new DescribeClusterCommand({ name: clusterName }), { abortSignal: AbortSignal.timeout(timeoutMs) }), { policy: DESCRIBE_CLUSTER_RETRY });
    cluster = out.cluster;
  } catch (e) {
    throw describeClusterError(e instanceof RetryExhausted ? e.last : e, clusterName, session.region);
  }
  if (!cluster?.endpoint) {
    throw new ActionError(`EKS cluster "${clusterName}" has no API endpoint yet (status ${cluster?.status ?? 'unknown'}).`, {
      hint: 'Wait until the cluster is ACTIVE, then re-run the job.',
      title: 'eks',
    });
  }
  return { info: { endpoint: cluster.endpoint.replace(/\/+$/, ''), caData: cluster.certificateAuthority?.data ?? '' }, client };
}

export interface EksAccessOptions {
  session: AwsSession;
  clusterName: string;
  env: NodeJS.ProcessEnv;
  /** Mask each token before it is used. */
  setSecret(value: string): void;
}

export async function eksAccess(opts: EksAccessOptions): Promise<KubeAccess> {
  const { info, client } = await describeCluster(opts.session, opts.clusterName);
  const credentials = client.config.credentials;
  const tokens = new EksTokenSource({
    clusterName: opts.clusterName,
    region: opts.session.region,
    stsEndpoint: stsEndpointFor(opts.session.region, opts.env),
    credentials: async () => {
      try {
        return await credentials();
      } catch (e) {
        throw new ActionError(`No AWS credentials to sign the EKS token with: ${messageOf(e)}`, {
          hint: 'Set role-to-assume (GitHub OIDC) or provide credentials in the environment.',
          title: 'eks',
        });
      }
    },
    onToken: (t) => opts.setSecret(t),
  });
  // The endpoint's scheme decides: EKS gives https with its own CA; plain http has no TLS to verify.
  // HTTPS_PROXY / NO_PROXY are honoured as for the AWS clients (Node's built-in proxy support).
  const proxyEnv = proxyEnvOf(opts.env);
  const agent = info.endpoint.startsWith('http:')
    ? new http.Agent({ keepAlive: true, proxyEnv })
    : new https.Agent({ keepAlive: true, proxyEnv, ...(info.caData ? { ca: Buffer.from(info.caData, 'base64') } : {}) });
  return {
    server: info.endpoint,
    source: `EKS cluster "${opts.clusterName}"`,
    eks: true,
    async prepare() {
      return { agent, headers: { authorization: `Bearer ${await tokens.token()}` } };
    },
    async renew() {
      await tokens.renew();
      return true;
    },
  };
}

/** A failed DescribeCluster in the action's words: the HTTP status and AWS error code always shown. */
function describeClusterError(e: unknown, clusterName: string, region: string): ActionError {
  const f = describeAwsError(e, 'EKS', 'DescribeCluster');
  const answer = sentence(`EKS DescribeCluster answered ${answerText(f)}`);
  if (f.code === 'ResourceNotFoundException') {
    return new ActionError(`EKS cluster "${clusterName}" does not exist in region ${region}. ${answer}`, {
      hint: 'Check cluster-name and aws-region (aws eks list-clusters --region <region> lists them).',
      title: 'eks',
    });
  }
  if (f.code === 'UnrecognizedClientException' || f.code === 'InvalidSignatureException' || f.code === 'ExpiredTokenException') {
    return new ActionError(`AWS did not accept the credentials for eks:DescribeCluster on "${clusterName}" (${answerText(f)}).`, {
      hint: 'With role-to-assume empty these are the ambient credentials (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, a profile, or the instance role): fix or remove them, or set role-to-assume to use the GitHub OIDC token.',
      title: 'eks',
    });
  }
  if (f.code === 'AccessDeniedException' || /not authorized/i.test(f.message)) {
    return new ActionError(`AWS denied eks:DescribeCluster on "${clusterName}" (${answerText(f)}).`, {
      hint: `Allow eks:DescribeCluster on arn:aws:eks:${region}:<account>:cluster/${clusterName} in the role's IAM policy.`,
      title: 'eks',
    });
  }
  const retryable = isRetryable(classifyError(e));
  return new ActionError(failureLine({ ...f, operation: `DescribeCluster for "${clusterName}"` }), {
    hint: f.foreign
      ? 'The answer did not come from the EKS API: check AWS_ENDPOINT_URL_EKS / AWS_ENDPOINT_URL and the proxy settings (HTTPS_PROXY, NO_PROXY).'
      : retryable
        ? 'A network or service problem: check the network path to the EKS API and re-run the job.'
        : 'Check cluster-name, aws-region and the AWS credentials.',
    retryable,
    title: 'eks',
    cause: awsCause(e, f),
  });
}
