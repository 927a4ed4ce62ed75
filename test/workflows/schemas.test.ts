/** Every workflow file and action.yml passes GitHub's own workflow and action-metadata schemas. */
import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { actionProblems, workflowProblems } from './github-schemas.ts';
import { ROOT, workflowFile, workflowFiles } from './workflow-files.ts';

const files = workflowFiles();

describe("GitHub's schemas", () => {
  test('the repository has the reusable workflow and the five example workflows', () => {
    const rels = files.map((f) => f.rel);
    expect(rels).toContain('.github/workflows/deploy.yml');
    expect(rels.filter((r) => r.startsWith('examples/')).length).toBeGreaterThanOrEqual(5);
  });

  test('action.yml is valid action metadata', () => {
    expect(actionProblems(path.join(ROOT, 'action.yml'))).toEqual([]);
  });

  test.each(files.map((f) => [f.rel, f.abs]))('%s is a valid workflow', async (_rel, abs) => {
    expect(await workflowProblems(abs)).toEqual([]);
  });
});

describe('the schema check catches mistakes (so a pass means something)', () => {
  const deploy = workflowFile('.github/workflows/deploy.yml');

  test('a misspelt step key in the reusable workflow is reported with its line', async () => {
    const broken = deploy.text.replace('        uses: ./.aphex-pipeline-action\n        with:\n          command: start', '        uses: ./.aphex-pipeline-action\n        wiht:\n          command: start');
    expect(broken).not.toBe(deploy.text);
    const problems = await workflowProblems(deploy.abs, broken);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/Line: \d+, Col: \d+\): Unexpected value 'wiht'/);
  });

  test('an unknown workflow_dispatch input type is reported', async () => {
    const broken = deploy.text.replace('        type: environment\n', '        type: environments\n');
    expect(broken).not.toBe(deploy.text);
    const problems = await workflowProblems(deploy.abs, broken);
    expect(problems.length).toBeGreaterThan(0);
  });

  test('an expression naming an unknown context is reported', async () => {
    const broken = deploy.text.replace('${{ inputs.pipeline-name }}', '${{ input.pipeline-name }}');
    expect(broken).not.toBe(deploy.text);
    const problems = await workflowProblems(deploy.abs, broken);
    expect(problems.map((p) => p.message).join('\n')).toContain("Unrecognized named-value: 'input'");
  });

  test('a job needing a job that does not exist is reported', async () => {
    const broken = deploy.text.replace('    needs: validate\n', '    needs: validation\n');
    expect(broken).not.toBe(deploy.text);
    expect((await workflowProblems(deploy.abs, broken)).length).toBeGreaterThan(0);
  });

  test('an action.yml with an unknown runtime is reported', () => {
    const abs = path.join(ROOT, 'action.yml');
    const problems = actionProblems(abs, "name: x\ndescription: y\nruns:\n  using: 'node99'\n  main: dist/index.js\n");
    expect(problems.map((p) => p.message).join('\n')).toContain("Unexpected value 'node99'");
  });
});
