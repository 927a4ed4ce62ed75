/**
 * update-pipeline: the pipeline declaration in the repository becomes the pipeline. Validate the
 * file, read the current declaration, show what would change, and (unless nothing changed or
 * dry-run) replace it with UpdatePipeline, refusing when the pipeline moved meanwhile. Never
 * creates or deletes a pipeline.
 */
import type { CommandContext } from '../context.js';
import { openAwsSession } from '../aws/session.js';
import { realClock } from '../clock.js';
import { loadDeclarationInput } from '../pipeline-declaration.js';
import { openDefinitionApi } from '../pipeline-definition/api.js';
import { declarationDiff } from '../pipeline-definition/diff.js';
import { applyDeclaration, desiredDeclaration, readCurrent } from '../pipeline-definition/update.js';
import { info } from '../report/pipeline-log.js';
import { logDiff, logUpdated, writeUpdateSummary } from '../report/pipeline-declaration.js';

export default async function updatePipelineCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const { declaration, file, warnings } = await loadDeclarationInput(ctx, { pipelineName: s.pipelineName, ...(s.awsRegion ? { region: s.awsRegion } : {}) });
  const api = await openDefinitionApi(await openAwsSession(ctx), s.pipelineName);
  const io = { api, clock: realClock, signal: ctx.signal, log: info };
  const current = await readCurrent(io);
  const desired = desiredDeclaration(declaration, s.pipelineName);
  const report = { pipeline: s.pipelineName, file, version: current.version, changes: declarationDiff(current.declaration, desired, api.region), dryRun: s.dryRun };
  logDiff(report);
  if (report.changes.length === 0 || s.dryRun) {
    ctx.setOutput('apply-result', report.changes.length === 0 ? 'unchanged' : 'configured');
    ctx.setOutput('pipeline-version', String(current.version));
    await writeUpdateSummary(ctx.env, report, report.changes.length === 0 ? 'unchanged' : 'dry-run', warnings);
    return;
  }
  let updated;
  try {
    updated = await applyDeclaration(desired, current, io);
  } catch (e) {
    await writeUpdateSummary(ctx.env, report, 'failed', warnings);
    throw e;
  }
  ctx.setOutput('apply-result', 'configured');
  ctx.setOutput('pipeline-version', String(updated.version));
  logUpdated(s.pipelineName, current.version, updated.version);
  await writeUpdateSummary(ctx.env, report, { updatedTo: updated.version }, warnings);
}
