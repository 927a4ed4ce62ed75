/**
 * GitHub's own workflow and action-metadata schemas, through @actions/workflow-parser (the parser
 * behind the Actions language service): schema validation, then the semantic conversion GitHub
 * runs before a workflow starts (job graph, needs, expression syntax and context availability).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { parseWorkflow } from '@actions/workflow-parser/workflows/workflow-parser';

export interface SchemaProblem {
  file: string;
  message: string;
}

function collect(file: string, messages: string[]): SchemaProblem[] {
  return [...new Set(messages)].map((message) => ({ file, message }));
}

/** Problems GitHub would report for a workflow file (empty when it is valid). */
export async function workflowProblems(file: string, content = readFileSync(file, 'utf8')): Promise<SchemaProblem[]> {
  const name = path.basename(file);
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const messages = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value !== undefined && messages.length === 0) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    messages.push(...(template.errors ?? []).map((e) => e.Message));
    messages.push(...parsed.context.errors.getErrors().map((e) => e.message));
  }
  if (parsed.value === undefined && messages.length === 0) messages.push(`${name}: empty document`);
  return collect(file, messages);
}

/** Problems GitHub would report for an action metadata file (action.yml). */
export function actionProblems(file: string, content = readFileSync(file, 'utf8')): SchemaProblem[] {
  const name = path.basename(file);
  const parsed = parseAction({ name, content }, new NoOperationTraceWriter());
  const messages = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value !== undefined && messages.length === 0) {
    convertActionTemplate(parsed.context, parsed.value);
    messages.push(...parsed.context.errors.getErrors().map((e) => e.message));
  }
  if (parsed.value === undefined && messages.length === 0) messages.push(`${name}: empty document`);
  return collect(file, messages);
}
