/**
 * The project's workflow files and action.yml as plain data, plus the few expression look-ups
 * the wiring tests need (`steps.<id>.outputs.<name>`, `needs.<job>.outputs.<name>`, ...).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../harness/run-action.ts';

export { ROOT };

export type Mapping = Record<string, unknown>;

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Mapping;
  env?: Mapping;
}

export interface Job {
  name?: string;
  uses?: string;
  needs?: string | string[];
  'runs-on'?: unknown;
  environment?: string | { name?: string; url?: string };
  permissions?: Mapping | string;
  outputs?: Record<string, string>;
  with?: Mapping;
  steps?: Step[];
}

export interface InputSpec {
  description?: string;
  type?: string;
  required?: boolean;
  default?: unknown;
  options?: string[];
}

export interface Workflow {
  name?: string;
  on: Mapping;
  permissions?: Mapping | string;
  jobs: Record<string, Job>;
}

export interface ActionMetadata {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

export interface WorkflowFile {
  /** Path relative to the repository root. */
  rel: string;
  abs: string;
  text: string;
  doc: Workflow;
}

function loadYaml<T>(abs: string): T {
  return parse(readFileSync(abs, 'utf8')) as T;
}

export function actionMetadata(): ActionMetadata {
  return loadYaml<ActionMetadata>(path.join(ROOT, 'action.yml'));
}

function yamlFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.posix.join(dir, f));
}

/** Every workflow of the repository and every example workflow (YAML files with `jobs`). */
export function workflowFiles(): WorkflowFile[] {
  const files: WorkflowFile[] = [];
  for (const rel of [...yamlFiles('.github/workflows'), ...yamlFiles('examples')]) {
    const abs = path.join(ROOT, rel);
    const text = readFileSync(abs, 'utf8');
    const doc = parse(text) as unknown;
    const isWorkflow = doc !== null && typeof doc === 'object' && 'jobs' in doc;
    if (isWorkflow || rel.startsWith('.github/')) files.push({ rel, abs, text, doc: doc as Workflow });
  }
  return files;
}

export function workflowFile(rel: string): WorkflowFile {
  const found = workflowFiles().find((f) => f.rel === rel);
  if (!found) throw new Error(`${rel} is not a workflow file`);
  return found;
}

/** The `on:` events as a mapping (`on: push` and `on: [push]` become `{push: null}`). */
export function events(doc: Workflow): Mapping {
  const on = doc.on;
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((e: string) => [e, null]));
  return on ?? {};
}

export function trigger<T = Mapping>(doc: Workflow, event: string): T | undefined {
  const value = events(doc)[event];
  return (value ?? undefined) as T | undefined;
}

export function needsOf(job: Job): string[] {
  if (job.needs === undefined) return [];
  return Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** A step runs this action: `./`, `./<folder>` or `<owner>/aphex-pipeline-action@<ref>`. */
export function isActionStep(step: Step): boolean {
  return typeof step.uses === 'string' && (/^\.\/?(\.aphex-pipeline-action)?$/.test(step.uses) || /^[\w.-]+\/aphex-pipeline-action@\S+$/.test(step.uses));
}

/** A job calls the reusable workflow of this repository. */
export function isDeployCall(job: Job): boolean {
  return typeof job.uses === 'string' && /(^\.\/|\/aphex-pipeline-action\/)\.github\/workflows\/deploy\.yml(@\S+)?$/.test(job.uses);
}

/** All `${{ ... }}` expression bodies in a YAML value (strings inside mappings and lists). */
export function expressions(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1] as string);
  if (Array.isArray(value)) return value.flatMap(expressions);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(expressions);
  return [];
}

export interface Reference {
  /** `steps`, `needs` or `jobs`. */
  context: string;
  /** Step id or job id. */
  owner: string;
  output: string;
}

/** `<context>.<owner>.outputs.<output>` references in expressions (dot syntax, as this project writes them). */
export function outputReferences(value: unknown, context: 'steps' | 'needs' | 'jobs'): Reference[] {
  const re = new RegExp(`\\b${context}\\.([A-Za-z_][\\w-]*)\\.outputs\\.([A-Za-z_][\\w-]*)`, 'g');
  return expressions(value).flatMap((e) => [...e.matchAll(re)].map((m) => ({ context, owner: m[1] as string, output: m[2] as string })));
}

/** `inputs.<name>` references in expressions. */
export function inputReferences(value: unknown): string[] {
  return expressions(value).flatMap((e) => [...e.matchAll(/\binputs\.([A-Za-z_][\w-]*)/g)].map((m) => m[1] as string));
}
