/**
 * delete: retire a pipeline — remove its WorkflowTemplate `<pipeline>-template` from `namespace`,
 * only when it carries this pipeline's ownership labels (dry-run: the API server checks the
 * delete and removes nothing). Workflows and everything else are left alone.
 */
import { defaultPipelineName } from '../aphex/names.js';
import { templateName } from '../argo/render.js';
import type { CommandContext } from '../context.js';
import { connectCluster } from '../cluster-step.js';
import { ActionError } from '../errors.js';
import { deleteTemplate } from '../kube/delete.js';
import { reportDeleted } from '../report/kube-delete.js';

export default async function deleteCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const pipeline = s.pipeline || defaultPipelineName(s.run.repository);
  if (pipeline === '') {
    throw new ActionError("No pipeline name: input 'pipeline' is empty and there is no repository name (GITHUB_REPOSITORY) to derive it from.", { hint: "Set the input 'pipeline' to the pipeline to retire, for example: pipeline: my-app", title: 'input pipeline' });
  }
  const ref = { name: templateName(pipeline), namespace: s.namespace, pipeline };
  const client = await connectCluster(ctx, 'delete', ['workflowtemplates']);
  const outcome = await deleteTemplate(client, ref, s.dryRun, ctx.signal);
  ctx.setOutput('delete-result', outcome.result);
  ctx.setOutput('template-name', ref.name);
  await reportDeleted({ ...ref, ...outcome, server: client.access.server, source: client.access.source }, ctx.env);
  if (outcome.result === 'refused') {
    const missing = (outcome.missing ?? []).join(', ');
    throw new ActionError(`WorkflowTemplate "${ref.name}" in namespace ${ref.namespace} is not labelled as pipeline "${pipeline}"'s (missing ${missing}), so it was not deleted: the action deletes only what it owns.`, {
      hint: `If it is not this pipeline's, check the inputs pipeline and namespace. If it is (made by hand or by an older tool), delete it yourself: kubectl delete workflowtemplate -n ${ref.namespace} ${ref.name}`,
      title: 'not owned',
    });
  }
}
