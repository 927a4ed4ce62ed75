/**
 * The pipeline declaration named by input `pipeline-definition`, shared by validate and
 * update-pipeline: read with the file guard of every input file (no special files, nothing over
 * 1 MiB, UTF-8 only), validated, credential-like values masked before anything is printed,
 * warnings annotated, and every error thrown at once with its position.
 */
import path from 'node:path';
import type { PipelineDeclaration } from '@aws-sdk/client-codepipeline';
import type { CommandContext } from './context.js';
import { localCheckCommand } from './aphex/load.js';
import { ActionError } from './errors.js';
import { MAX_CONFIG_BYTES, readNamedFile } from './inputs/files.js';
import { validateDeclarationText, type DeclarationProblem, type ValidateOptions } from './pipeline-definition/validate.js';
import { reportDeclarationWarnings, writeDeclarationWarnings } from './report/pipeline-declaration.js';

export interface LoadedDeclaration {
  declaration: PipelineDeclaration;
  /** The path as the user gave it. */
  file: string;
  warnings: DeclarationProblem[];
}

/** Reads and validates the declaration; update-pipeline names the pipeline it must be for, and its region. */
export async function loadDeclarationInput(ctx: CommandContext, target: ValidateOptions = {}): Promise<LoadedDeclaration> {
  const given = ctx.settings.pipelineDefinition;
  const named = { input: 'pipeline-definition', given, full: path.resolve(ctx.workspace, given) };
  const hint = `Check out the repository first (actions/checkout), or set pipeline-definition to the file's path relative to ${ctx.workspace}.`;
  const text = await readNamedFile(named, MAX_CONFIG_BYTES, hint, 'pipeline-definition: deploy/pipeline.json');
  const result = validateDeclarationText(text, given, target);
  // The runner masks line by line: a multi-line secret is masked one line at a time.
  for (const secret of result.secrets) for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 4) ctx.setSecret(line.trim());
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  reportDeclarationWarnings(warnings);
  if (result.declaration) return { declaration: result.declaration, file: given, warnings };
  const errors = result.problems.filter((p) => p.severity === 'error');
  await writeDeclarationWarnings(ctx.env, given, warnings);
  throw new ActionError(`${given} has ${errors.length} problem${errors.length === 1 ? '' : 's'} (listed above).`, {
    problems: errors,
    hint: `Fix each one at the line shown; docs/codepipeline.md describes the checks. Check locally before pushing with: ${localCheckCommand(given, ctx.env, '--pipeline-definition')}`,
    title: 'pipeline declaration',
  });
}
