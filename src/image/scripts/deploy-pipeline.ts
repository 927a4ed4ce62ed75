/**
 * aphex-deploy-pipeline: the pipeline modifies itself. The config at `--revision` is validated
 * and rendered with the project's renderer, and the WorkflowTemplate is server-side applied
 * with the pod's service account under the same ownership rules as the action's `apply`
 * (src/kube/apply.ts: field manager aphex-pipeline, never overwrites a template it does not own).
 * The new topology takes effect from the next run.
 */
import { renderPipeline } from '../../argo/index.js';
import { templateName } from '../../argo/render.js';
import { applyTemplate, ensureArgoInstalled } from '../../kube/apply.js';
import { commonArgs } from '../args.js';
import { COMMON_OPTIONAL, COMMON_REQUIRED, EXIT, ScriptError, withExit, type Script } from '../cli.js';
import { clusterCall, inClusterClient, liveSettings, liveTemplate, podServiceAccount, selfRenderOptions } from '../cluster.js';
import { loadCheckedOutConfig } from '../config.js';
import { prepareWorkspace } from '../workspace.js';

const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DIFF_LINES = 80;

export const deployPipelineScript: Script = {
  name: 'aphex-deploy-pipeline',
  usage: '--pipeline <name> --repository <url> --revision <rev> --run-id <uid> [--artifact-bucket <bucket>] --config <path> --namespace <ns> --template-name <name>',
  required: [...COMMON_REQUIRED, 'config', 'namespace', 'template-name'],
  optional: COMMON_OPTIONAL,
  async run(ctx) {
    const c = commonArgs(ctx);
    const namespace = ctx.args.namespace as string;
    const name = ctx.args['template-name'] as string;
    if (!NAMESPACE.test(namespace)) throw new ScriptError(EXIT.usage, `--namespace ${JSON.stringify(namespace)} is not a Kubernetes namespace name.`, { hint: 'Re-render the template with the action input namespace.' });
    if (name !== templateName(c.pipeline)) {
      throw new ScriptError(EXIT.usage, `--template-name ${name} is not the name the renderer gives pipeline ${c.pipeline} (${templateName(c.pipeline)}).`, { hint: 'Re-render the template with aphex-pipeline-action; do not rename it by hand.' });
    }
    const ws = await prepareWorkspace(ctx, c, { restore: false });
    const config = await loadCheckedOutConfig(ws.dir, ctx.args.config as string, ctx.secrets);
    const client = inClusterClient(ctx.env, namespace, ctx.secrets);
    const account = podServiceAccount(ctx.env)?.name ?? '<the Workflow\'s service account>';
    ctx.out.log(`cluster: ${client.access.server} as ${client.access.source}`);
    await clusterCall(namespace, account, () => ensureArgoInstalled(client, ['workflowtemplates'], ctx.signal));
    const live = await clusterCall(namespace, account, () => liveTemplate(client, namespace, name, ctx.signal));
    const settings = liveSettings(live);
    const options = await withExit(EXIT.failed, () =>
      selfRenderOptions(config, { pipeline: c.pipeline, namespace, configPath: ctx.args.config as string, repository: c.repository, live: settings, ...(c.artifactBucket ? { artifactBucket: c.artifactBucket } : {}) }),
    );
    const rendered = await withExit(EXIT.failed, () => renderPipeline(config, options));
    ctx.out.log(`rendered ${rendered.name} (${rendered.digest}) from ${ctx.args.config} at ${ws.commit}`);
    const outcome = await clusterCall(namespace, account, () =>
      applyTemplate(client, { name: rendered.name, namespace, pipeline: c.pipeline, object: rendered.object as unknown as Record<string, unknown> }, false, ctx.signal),
    );
    if (outcome.diff !== '') {
      const lines = outcome.diff.split('\n');
      for (const line of lines.slice(0, DIFF_LINES)) process.stdout.write(`${ctx.secrets.redact(line)}\n`);
      if (lines.length > DIFF_LINES) ctx.out.log(`… ${lines.length - DIFF_LINES} more lines of diff`);
    }
    const what = { created: 'created', configured: 'updated', unchanged: 'unchanged' }[outcome.result];
    return {
      message: `WorkflowTemplate ${namespace}/${rendered.name} ${what} from ${ctx.args.config} at ${ws.commit}${outcome.result === 'unchanged' ? '' : '; the next run uses it'}.`,
      details: { template: rendered.name, namespace, result: outcome.result, digest: rendered.digest, commit: ws.commit, resource_version: outcome.resourceVersion, environments: config.environments.map((e) => e.name) },
    };
  },
};
