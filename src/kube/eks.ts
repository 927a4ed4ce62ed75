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
import { ActionError, messageOf } from '../errors.js';
import { EksTokenSource, stsEndpointFor } from './eks-token.js';
import type { KubeAccess } from './transport.js';

export interface ClusterInfo {
  endpoint: string;
  caData: string;
}

function awsErrorName(e: unknown): string {
  return (e as { name?: string })?.name ?? '';
}

export async function describeCluster(session: AwsSession, clusterName: string): Promise<{ info: ClusterInfo; client: import('@aws-sdk/client-eks').EKSClient }> {
  const { EKSClient, DescribeClusterCommand } = await import('@aws-sdk/client-eks');
  const client = new EKSClient(awsClientConfig(session));
  let cluster;
  try {
    cluster = (await client.send(new DescribeClusterCommand({ name: clusterName }))).cluster;
  } catch (e) {
    const name = awsErrorName(e);
    if (name === 'ResourceNotFoundException') {
      throw new ActionError(`EKS cluster "${clusterName}" does not exist in region ${session.region}.`, {
        hint: 'Check cluster-name and aws-region (aws eks list-clusters --region <region> lists them).',
        title: 'eks',
      });
    }
    if (name === 'AccessDeniedException' || name === 'UnrecognizedClientException' || /not authorized/i.test(messageOf(e))) {
      throw new ActionError(`AWS denied eks:DescribeCluster on "${clusterName}": ${messageOf(e)}`, {
        hint: `Allow eks:DescribeCluster on arn:aws:eks:${session.region}:<account>:cluster/${clusterName} in the role's IAM policy.`,
        title: 'eks',
      });
    }
    throw new ActionError(`EKS DescribeCluster for "${clusterName}" failed: ${name ? `${name}: ` : ''}${messageOf(e)}`, {
      hint: 'Check the region, the network path to the EKS API and the AWS credentials.',
      retryable: true,
      title: 'eks',
      cause: e,
    });
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
