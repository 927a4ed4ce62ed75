/**
 * The URL-valued environment variables the AWS session depends on, checked before any call:
 * the SDK and Node would otherwise fail deep inside with a bare "Invalid URL".
 */
import { ActionError } from '../errors.js';

/** AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> (STS, CODEPIPELINE, EKS, CLOUDFORMATION, …). */
const AWS_ENDPOINT_VAR = /^AWS_ENDPOINT_URL(_[A-Z0-9_]+)?$/;

/** What to set instead, with a URL of the right shape. */
function hintFor(name: string, region: string): string {
  const r = region || 'eu-west-1';
  if (name === 'AWS_ENDPOINT_URL') {
    return `Set ${name} to a full URL with its scheme, for example http://127.0.0.1:4566 (an emulator that answers every service), or remove it. ` +
      `To point one service elsewhere use AWS_ENDPOINT_URL_<SERVICE>, for example AWS_ENDPOINT_URL_STS=https://sts.${r}.amazonaws.com.`;
  }
  const service = name.slice('AWS_ENDPOINT_URL_'.length).toLowerCase().replace(/_/g, '-');
  return `Set ${name} to a full URL with its scheme, for example https://${service}.${r}.amazonaws.com, or remove it to use AWS's own endpoint for the region.`;
}

/** True for an absolute http(s) URL with a host. */
export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}

function shown(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return `'${flat.length > 100 ? `${flat.slice(0, 100)}…` : flat}'`;
}

/** Throws for the first AWS_ENDPOINT_URL* variable that is set but not an http(s) URL. */
export function checkAwsEndpointVariables(env: NodeJS.ProcessEnv, region: string): void {
  if ((env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? '').toLowerCase() === 'true') return;
  for (const name of Object.keys(env).filter((n) => AWS_ENDPOINT_VAR.test(n)).sort()) {
    const value = env[name] ?? '';
    if (value === '' || isHttpUrl(value)) continue;
    const scope = name === 'AWS_ENDPOINT_URL' ? 'every AWS service this step calls' : `the AWS service ${name.slice('AWS_ENDPOINT_URL_'.length)}`;
    throw new ActionError(`The environment variable ${name} is not an http(s) URL: ${shown(value)}. It sets the endpoint of ${scope}.`, {
      hint: hintFor(name, region),
      title: 'AWS endpoint',
    });
  }
}

/** ACTIONS_ID_TOKEN_REQUEST_URL is set by the runner; a malformed one was overwritten by an earlier step. */
export function checkTokenRequestUrl(value: string): void {
  if (isHttpUrl(value)) return;
  throw new ActionError(`The environment variable ACTIONS_ID_TOKEN_REQUEST_URL is not an http(s) URL: ${shown(value)}. The GitHub OIDC token cannot be requested.`, {
    hint:
      'The runner sets it to its token endpoint, for example https://pipelines.actions.githubusercontent.com/<id>/_apis/distributedtask/hubs/Actions/plans/<plan>/jobs/<job>/idtoken?api-version=2.0. ' +
      "An earlier step or the job's env: overwrote it: remove that override (the job needs 'permissions: id-token: write' for the runner to set it).",
    title: 'GitHub OIDC token',
  });
}
