/** Log lines, warning annotations and job summaries of a pipeline declaration: validate and update-pipeline. */
import * as core from '@actions/core';
import type { PipelineDeclaration } from '@aws-sdk/client-codepipeline';
import type { Change } from '../pipeline-definition/diff.js';
import { changeLine } from '../pipeline-definition/diff.js';
import type { DeclarationProblem } from '../pipeline-definition/validate.js';
import { annotationOf, locationOf, MAX_ANNOTATIONS } from './failure.js';
import { problemsTable } from './failure-summary.js';
import { code, html, SummaryDoc } from './markdown.js';
import { writeSummary } from './summary.js';

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function counts(decl: PipelineDeclaration): string {
  const stages = decl.stages ?? [];
  const type = decl.pipelineType ? ` (${decl.pipelineType})` : '';
  return `${plural(stages.length, 'stage')}, ${plural(stages.reduce((n, s) => n + (s.actions?.length ?? 0), 0), 'action')}${type}`;
}

/** Warnings as ::warning annotations at their line, and a readable list. */
export function reportDeclarationWarnings(warnings: DeclarationProblem[]): void {
  if (warnings.length === 0) return;
  const shown = warnings.slice(0, MAX_ANNOTATIONS);
  for (const w of shown) core.warning(w.message, { title: w.rule ?? 'pipeline declaration', ...annotationOf(w) });
  const lines = shown.map((w) => `  ${locationOf(w)}  ${w.message}${w.rule ? `  [${w.rule}]` : ''}`);
  if (warnings.length > MAX_ANNOTATIONS) lines.push(`  ... and ${warnings.length - MAX_ANNOTATIONS} more`);
  core.info(`${plural(warnings.length, 'warning')}:\n${lines.join('\n')}`);
}

export function logDeclarationValid(file: string, decl: PipelineDeclaration, warnings: number): void {
  core.info(`${file} is a valid pipeline declaration: ${counts(decl)}${warnings > 0 ? `; ${plural(warnings, 'warning')}` : ''}.`);
}

/** Stages and actions in order: what the pipeline will do. */
function stageTable(doc: SummaryDoc, decl: PipelineDeclaration): void {
  const rows = (decl.stages ?? []).flatMap((s, i) =>
    (s.actions ?? []).map((a, j) => [
      j === 0 ? String(i + 1) : '',
      j === 0 ? (s.name ?? '') : '',
      a.name ?? '',
      `${a.actionTypeId?.category ?? '?'} · ${a.actionTypeId?.provider ?? '?'}`,
      String(a.runOrder ?? 1),
      (a.inputArtifacts ?? []).map((x) => x.name).join(', ') || '—',
      (a.outputArtifacts ?? []).map((x) => x.name).join(', ') || '—',
    ]),
  );
  doc.table(['#', 'Stage', 'Action', 'Type', 'runOrder', 'Reads', 'Produces'], rows);
}

function warningsSection(doc: SummaryDoc, warnings: DeclarationProblem[]): void {
  if (warnings.length === 0) return;
  doc.heading(`⚠️ ${plural(warnings.length, 'warning')}`, 4);
  problemsTable(doc, warnings);
}

export async function writeDeclarationSummary(env: NodeJS.ProcessEnv, file: string, decl: PipelineDeclaration, warnings: DeclarationProblem[]): Promise<void> {
  const doc = new SummaryDoc().heading(html`Pipeline declaration ${code(file)}`).paragraph(`Valid: ${counts(decl)}.`);
  stageTable(doc, decl);
  warningsSection(doc, warnings);
  await writeSummary(env, doc);
}

/** The warnings of a declaration that also has errors (the errors go to the failure summary). */
export async function writeDeclarationWarnings(env: NodeJS.ProcessEnv, file: string, warnings: DeclarationProblem[]): Promise<void> {
  if (warnings.length === 0) return;
  const doc = new SummaryDoc().heading(html`Pipeline declaration ${code(file)}`);
  warningsSection(doc, warnings);
  await writeSummary(env, doc);
}

export interface DiffReport {
  pipeline: string;
  file: string;
  /** The version the diff is against. */
  version: number;
  changes: Change[];
  dryRun: boolean;
}

/** The diff in the log, one line a change, in a group. */
export function logDiff(r: DiffReport): void {
  if (r.changes.length === 0) {
    core.info(`Pipeline ${r.pipeline} (version ${r.version}) already matches ${r.file}: nothing to update.`);
    return;
  }
  core.startGroup(`${plural(r.changes.length, 'change')} to pipeline ${r.pipeline} (version ${r.version})`);
  for (const c of r.changes) core.info(changeLine(c));
  core.endGroup();
  if (r.dryRun) core.info(`dry-run: true, so pipeline ${r.pipeline} was not updated (${plural(r.changes.length, 'change')} shown above).`);
}

export function logUpdated(pipeline: string, from: number, to: number): void {
  core.info(`Updated pipeline ${pipeline}: version ${from} → ${to}. The next execution runs the new declaration.`);
}

const MARK: Record<Change['kind'], string> = { added: 'added', removed: 'removed', changed: 'changed' };

/** How an update-pipeline step ended: the version it left, or why nothing was applied. */
export type UpdateOutcome = { updatedTo: number } | 'unchanged' | 'dry-run' | 'failed';

export async function writeUpdateSummary(env: NodeJS.ProcessEnv, r: DiffReport, outcome: UpdateOutcome, warnings: DeclarationProblem[]): Promise<void> {
  const doc = new SummaryDoc().heading(html`Pipeline ${code(r.pipeline)} ← ${code(r.file)}`);
  const changes = plural(r.changes.length, 'change');
  if (outcome === 'unchanged') doc.paragraph(`Unchanged: version ${r.version} already matches the file.`);
  else if (outcome === 'dry-run') doc.paragraph(`Dry run: ${changes} against version ${r.version}; nothing was applied.`);
  else if (outcome === 'failed') doc.paragraph(`Not applied: ${changes} against version ${r.version}; the update failed (below).`);
  else doc.paragraph(`Updated: version ${r.version} → ${outcome.updatedTo}, ${changes}.`);
  if (r.changes.length > 0) doc.table(['Change', 'Where', 'Before', 'After'], r.changes.map((c) => [MARK[c.kind], code(c.path), c.before, c.after]));
  warningsSection(doc, warnings);
  await writeSummary(env, doc);
}
