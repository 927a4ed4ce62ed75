/**
 * Replacing a pipeline's declaration safely. UpdatePipeline has no precondition, so the version
 * the diff was made against is read again right before the update, and the update is refused when
 * it moved; a conflict the service reports is told as such, with both versions. GetPipeline is a
 * read and retried under the one-off policy; UpdatePipeline is sent once, and when its answer is
 * lost the pipeline is read back to learn whether it landed.
 */
import type { PipelineDeclaration } from '@aws-sdk/client-codepipeline';
import type { Clock } from '../clock.js';
import { ActionError } from '../errors.js';
import { once, SINGLE_ATTEMPT } from '../codepipeline/once.js';
import { mayRetry } from '../codepipeline/looks.js';
import { codeOf, type CurrentPipeline, type DefinitionApi } from './api.js';
import { declarationDiff } from './diff.js';

export interface UpdateIo {
  api: DefinitionApi;
  clock: Clock;
  signal?: AbortSignal;
  /** Where retries and findings are logged. */
  log(line: string): void;
}

/** The declaration the file asks for: named after the pipeline, without the file's (stale) version. */
export function desiredDeclaration(file: PipelineDeclaration, pipelineName: string): PipelineDeclaration {
  const { version: ignored, ...rest } = file;
  void ignored;
  return { ...rest, name: pipelineName };
}

export function readCurrent(io: UpdateIo): Promise<CurrentPipeline> {
  return once('GetPipeline', () => io.api.get(io.signal), { clock: io.clock, signal: io.signal, log: io.log });
}

/** Applies `desired` when the pipeline is still at `diffed.version`; returns the pipeline as stored. */
export async function applyDeclaration(desired: PipelineDeclaration, diffed: CurrentPipeline, io: UpdateIo): Promise<CurrentPipeline> {
  const name = io.api.pipelineName;
  const now = await readCurrent(io);
  if (now.version !== diffed.version) throw moved(name, diffed.version, now.version, 'while this step ran');
  try {
    return await once('UpdatePipeline', () => io.api.update({ ...desired, version: diffed.version }, io.signal), { clock: io.clock, signal: io.signal, log: io.log, policy: SINGLE_ATTEMPT });
  } catch (e) {
    return await afterFailure(e, desired, diffed, io);
  }
}

/**
 * A failed UpdatePipeline: a conflict (ConflictException, or a refusal that names the version while
 * the version did move), a lost answer of an update that landed, or the error itself.
 */
async function afterFailure(e: unknown, desired: PipelineDeclaration, diffed: CurrentPipeline, io: UpdateIo): Promise<CurrentPipeline> {
  const conflict = codeOf(e) === 'ConflictException';
  const namesVersion = !conflict && e instanceof ActionError && e.title === 'declaration refused' && /\bversion\b/i.test(e.message);
  const lost = !conflict && !namesVersion && mayRetry(e, io.signal);
  if (!conflict && !namesVersion && !lost) throw e;
  let after: CurrentPipeline;
  try {
    after = await readCurrent(io);
  } catch {
    throw e;
  }
  if (conflict || (namesVersion && after.version !== diffed.version)) throw moved(io.api.pipelineName, diffed.version, after.version, 'and CodePipeline refused the update', e);
  if (lost && after.version === diffed.version + 1 && declarationDiff(after.declaration, desired, io.api.region).length === 0) {
    io.log(`UpdatePipeline's answer was lost, but pipeline ${io.api.pipelineName} is now version ${after.version} with this declaration: the update landed.`);
    return after;
  }
  throw e;
}

function moved(name: string, was: number, now: number, how: string, cause?: unknown): ActionError {
  const message =
    now === was
      ? `CodePipeline reported a conflicting update of pipeline '${name}' (version ${was}): another update was in progress. Nothing from this step was applied.`
      : `Pipeline '${name}' changed ${how}: the diff above is against version ${was}, and it is version ${now} now (someone or something else updated it). Nothing from this step was applied.`;
  return new ActionError(message, {
    hint: `Re-run the step: it diffs against the current version and shows what the other update changed compared with the file. If two workflows update this pipeline, let one of them do it (a concurrency group).`,
    title: 'concurrent update',
    ...(cause === undefined ? {} : { cause }),
  });
}
