/**
 * The README users deserve: every input and output of action.yml, the two commands, links to
 * the docs and examples, and troubleshooting entries that quote messages the action really prints.
 * docs/workflows.md documents every input and output of the reusable workflow.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { actionMetadata, ROOT, trigger, workflowFile, type InputSpec } from './workflow-files.ts';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const action = actionMetadata();

/** The text of a `## Title` section, up to the next `## ` heading. */
function section(text: string, title: string): string {
  const start = text.indexOf(`\n## ${title}\n`);
  if (start < 0) return '';
  const next = text.indexOf('\n## ', start + 4);
  return text.slice(start, next < 0 ? undefined : next);
}

/** Names in the first column of Markdown table rows: | `name` | ... */
function tableNames(text: string): string[] {
  return [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] as string);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('README.md', () => {
  test('documents every input of action.yml in the Inputs tables', () => {
    const documented = new Set(tableNames(section(readme, 'Inputs')));
    expect(Object.keys(action.inputs).filter((n) => !documented.has(n))).toEqual([]);
    expect([...documented].filter((n) => !(n in action.inputs))).toEqual([]);
  });

  test('documents every output of action.yml in the Outputs table', () => {
    const documented = new Set(tableNames(section(readme, 'Outputs')));
    expect(Object.keys(action.outputs).filter((n) => !documented.has(n))).toEqual([]);
    expect([...documented].filter((n) => !(n in action.outputs))).toEqual([]);
  });

  test('shows the two commands, word for word', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });

  test('links the topic docs and every example workflow', () => {
    for (const doc of ['docs/config.md', 'docs/credentials.md', 'docs/codepipeline.md', 'docs/kubernetes.md', 'docs/workflows.md']) {
      expect(readme).toContain(`](${doc})`);
    }
    for (const f of readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yml'))) {
      expect(readme).toContain(`](examples/${f})`);
    }
  });

  test('has the sections the issue asks for', () => {
    for (const title of ['Quick start', 'Two commands', 'Inputs', 'Outputs', 'Reusable workflow', 'Data flow', 'IAM', 'Kubernetes RBAC', 'Troubleshooting', 'Versioning']) {
      expect([title, section(readme, title).length > 0]).toEqual([title, true]);
    }
    expect(section(readme, 'Data flow')).toContain('```mermaid');
    for (const sub of [':ref:refs/heads/main', ':environment:production', ':pull_request']) expect(section(readme, 'IAM')).toContain(sub);
  });

  test('every troubleshooting entry quotes a message the action really prints', () => {
    const src = sourceFiles(path.join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const quoted = [...section(readme, 'Troubleshooting').matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1] as string);
    expect(quoted.length).toBeGreaterThanOrEqual(10);
    expect(quoted.filter((q) => !src.includes(q))).toEqual([]);
  });
});

describe('docs/workflows.md', () => {
  const text = readFileSync(path.join(ROOT, 'docs/workflows.md'), 'utf8');
  const call = trigger<{ inputs: Record<string, InputSpec>; outputs: Record<string, unknown> }>(workflowFile('.github/workflows/deploy.yml').doc, 'workflow_call');

  test('documents every input and output of the reusable workflow', () => {
    const inputs = new Set(tableNames(section(text, 'Inputs')));
    const outputs = new Set(tableNames(section(text, 'Outputs')));
    expect(Object.keys(call?.inputs ?? {}).filter((n) => !inputs.has(n))).toEqual([]);
    expect(Object.keys(call?.outputs ?? {}).filter((n) => !outputs.has(n))).toEqual([]);
  });

  test('explains the pinning with the exact context values', () => {
    for (const s of ['job.workflow_sha', 'job.workflow_repository', 'job_workflow_sha', 'uses: ./', 'github.workflow_sha']) expect(text).toContain(s);
    expect(text).toContain('```mermaid');
  });
});
