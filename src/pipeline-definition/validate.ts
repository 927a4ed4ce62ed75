/**
 * The text of a pipeline declaration file (JSON or YAML, as `aws codepipeline get-pipeline` prints
 * it, with or without the outer `{"pipeline": …}`) → the declaration, or every problem at its line
 * and column: structure, the design's rules, CodePipeline's limits, references, and warnings. Pure.
 */
import type { PipelineDeclaration } from '@aws-sdk/client-codepipeline';
import type { Problem } from '../errors.js';
import { parseSource, positionOf, positionOfChar, type ParsedSource } from '../aphex/source.js';
import { findSecrets } from '../aphex/secrets.js';
import { actionTypeIssues } from './action-types.js';
import { adviceIssues } from './advice.js';
import { flowIssues } from './flow.js';
import { closest, error, type DeclPath, type Issue, type Severity } from './model.js';
import { pipelineIssues } from './pipeline-level.js';
import { scanStrings } from './scan.js';
import { structureIssues } from './structure.js';
import { triggerIssues, variableIssues } from './variables.js';
import { viewOf } from './view.js';
import { isObj } from '../util/guards.js';
import { escapeHidden } from '../util/hidden-chars.js';
import { dedupeProblems } from '../util/problems.js';

export interface DeclarationProblem extends Problem {
  severity: Severity;
}

export interface DeclarationResult {
  /** Present only when there are no errors (warnings may remain). */
  declaration?: PipelineDeclaration;
  /** Errors and warnings, sorted by position. */
  problems: DeclarationProblem[];
  /** Credential-looking values found in the file: mask them before printing anything. */
  secrets: string[];
}

/** Every problem of the declaration itself (no file positions); `region`: the pipeline's, when known. */
export function declarationIssues(decl: unknown, region?: string): { issues: Issue[]; secrets: string[] } {
  const view = viewOf(decl);
  const scan = scanStrings(decl);
  const issues = [
    ...structureIssues(decl, 'pipeline'),
    ...flowIssues(view),
    ...actionTypeIssues(view),
    ...variableIssues(view),
    ...triggerIssues(view),
    ...pipelineIssues(view, region),
    ...scan.issues,
    ...adviceIssues(view),
  ];
  return { issues, secrets: scan.secrets };
}

export interface ValidateOptions {
  /** The pipeline the declaration is for (update-pipeline): its `name`, when present, must be this. */
  pipelineName?: string;
  /** The pipeline's region (update-pipeline), for the artifact stores of cross-region actions. */
  region?: string;
}

/** Validates the text of a declaration file; `file` (as the user gave it) is copied into every problem. */
export function validateDeclarationText(text: string, file: string, options: ValidateOptions = {}): DeclarationResult {
  const src = parseSource(text, 'a pipeline declaration');
  const raw = findSecrets(text).map((f) => f.value);
  const problems: DeclarationProblem[] = src.problems.map((p) => ({ file, ...p.position, message: p.message, rule: p.rule, severity: 'error' }));
  if (src.fatal) return { problems: sorted(problems), secrets: raw };
  if (src.data === undefined || src.data === null) {
    problems.push({ file, line: 1, col: 1, message: 'The file is empty: it needs a pipeline declaration, as `aws codepipeline get-pipeline --name <pipeline>` prints it (docs/codepipeline.md).', rule: 'required', severity: 'error' });
    return { problems, secrets: raw };
  }
  const { decl, root, issues: outer } = unwrap(src.data);
  const found = declarationIssues(decl, options.region);
  found.issues.push(...nameIssues(decl, options.pipelineName));
  for (const issue of outer) problems.push(toProblem(src, file, [], issue));
  for (const issue of found.issues) problems.push(toProblem(src, file, root, issue));
  const all = sorted(dedupeProblems(problems));
  const secrets = [...new Set([...raw, ...found.secrets])];
  const ok = !all.some((p) => p.severity === 'error');
  return ok ? { declaration: decl as PipelineDeclaration, problems: all, secrets } : { problems: all, secrets };
}

/** The file may leave the name out; when it has one, it must be the pipeline the step updates. */
function nameIssues(decl: unknown, pipelineName: string | undefined): Issue[] {
  const name = isObj(decl) ? decl.name : undefined;
  if (pipelineName === undefined || typeof name !== 'string' || name === pipelineName) return [];
  return [error(['name'], 'pipeline-name', `The declaration is for pipeline '${escapeHidden(name)}', and this step updates '${pipelineName}' (input pipeline-name). A declaration never renames a pipeline: set pipeline-name to '${escapeHidden(name)}', or change name here (or remove it).`)];
}

const WRAPPER_KEYS = ['pipeline', 'metadata'];

/**
 * The declaration inside `{"pipeline": …, "metadata": …}` (metadata ignored), or the document
 * itself; `root` is where the declaration sits in the document, `issues` are about the wrapper.
 */
function unwrap(data: unknown): { decl: unknown; root: DeclPath; issues: Issue[] } {
  if (!isObj(data) || !('pipeline' in data) || !isObj(data.pipeline)) return { decl: data, root: [], issues: [] };
  const issues = Object.keys(data)
    .filter((k) => !WRAPPER_KEYS.includes(k))
    .map((k) => error([k], 'unknown-key', `Unknown key '${escapeHidden(k)}' next to pipeline: the file holds a pipeline declaration, alone or as get-pipeline prints it ({pipeline, metadata}).${closest(k, WRAPPER_KEYS)}`, { atKey: true }));
  return { decl: data.pipeline, root: ['pipeline'], issues };
}

function toProblem(src: ParsedSource, file: string, root: DeclPath, issue: Issue): DeclarationProblem {
  const path = [...root, ...issue.path];
  const pos = issue.text === undefined ? positionOf(src, path, issue.atKey) : positionOfChar(src, path, issue.text, issue.atKey);
  // A problem of a whole stage or action points at where it starts: an annotation spanning lines would lose its column.
  const at = pos.endLine > pos.line ? { line: pos.line, col: pos.col } : pos;
  return { file, ...at, message: issue.message, rule: issue.rule, severity: issue.severity };
}

function sorted(problems: DeclarationProblem[]): DeclarationProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.col - b.col || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
