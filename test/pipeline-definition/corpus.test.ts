/**
 * Every rule of a pipeline declaration against the corpus: valid declarations (V1, V2, wrapped as
 * get-pipeline prints them, cross-region) yield nothing; each invalid one yields exactly the
 * problems it lists, at their line and column.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateDeclarationText } from '../../src/pipeline-definition/validate.ts';
import { ROOT } from '../harness/run-action.ts';
import { expectations, files, INVALID, VALID } from './corpus.ts';

/** Every rule id the checks can report; each must be exercised by the invalid corpus. */
const RULES = [
  'yaml-syntax', 'duplicate-key', 'unknown-key', 'required', 'type', 'enum', 'format', 'invalid-name', 'length', 'limit', 'run-order',
  'min-stages', 'source-first', 'duplicate-stage', 'duplicate-action', 'action-name-reuse', 'duplicate-artifact', 'artifact-flow',
  'action-type', 'artifact-count', 'pipeline-type', 'namespace', 'variable-reference', 'duplicate-variable', 'trigger',
  'artifact-store', 'rollback', 'credential', 'hidden-character',
  'no-approval', 'artifact-encryption', 'polling',
];

describe('valid pipeline declarations', () => {
  test('the corpus has V1 and V2, wrapped and bare, JSON and YAML', () => {
    const names = files(VALID);
    expect(names.some((f) => f.endsWith('.json'))).toBe(true);
    expect(names.some((f) => f.endsWith('.yaml'))).toBe(true);
    const texts = names.map((f) => readFileSync(path.join(VALID, f), 'utf8'));
    expect(texts.some((t) => /pipelineType:? "?V2/.test(t))).toBe(true);
    expect(texts.some((t) => /"pipelineType": "V1"/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('"metadata"'))).toBe(true);
  });

  test('examples/pipeline-declaration.yaml, what users copy, has no problem and declares its schema', () => {
    const text = readFileSync(path.join(ROOT, 'examples/pipeline-declaration.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/pipeline-declaration.schema.json');
    const result = validateDeclarationText(text, 'examples/pipeline-declaration.yaml', { pipelineName: 'my-app-pipeline' });
    expect(result.problems).toEqual([]);
  });

  test.each(files(VALID))('%s: no problem, not even a warning', (file) => {
    const result = validateDeclarationText(readFileSync(path.join(VALID, file), 'utf8'), file);
    expect(result.problems).toEqual([]);
    expect(result.declaration?.stages?.length).toBeGreaterThanOrEqual(2);
  });
});

describe('invalid pipeline declarations', () => {
  test('the corpus exercises every rule', () => {
    const seen = new Set(files(INVALID).flatMap((f) => expectations(f).map((e) => e.rule)));
    expect(RULES.filter((r) => !seen.has(r))).toEqual([]);
    expect([...seen].filter((r) => !RULES.includes(r))).toEqual([]);
  });

  test.each(files(INVALID))('%s: every expected problem at its position, and no other', (file) => {
    const expected = expectations(file);
    expect(expected.length).toBeGreaterThan(0);
    const result = validateDeclarationText(readFileSync(path.join(INVALID, file), 'utf8'), `pipelines/${file}`);
    expect(result.problems.map((p) => ({ line: p.line, col: p.col, severity: p.severity, rule: p.rule, message: p.message }))).toEqual(expected);
    for (const p of result.problems) expect(p.file).toBe(`pipelines/${file}`);
    expect(result.declaration === undefined).toBe(expected.some((e) => e.severity === 'error'));
  });

  test('a credential is handed out for masking, even from a file that does not parse', () => {
    const token = 'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789';
    expect(validateDeclarationText(readFileSync(path.join(INVALID, 'credentials.yaml'), 'utf8'), 'x').secrets).toContain(token);
    expect(validateDeclarationText(`stages: [{name: ${token}`, 'x').secrets).toContain(token);
  });

  test('the name must be the pipeline the step updates, when the file has one', () => {
    const text = readFileSync(path.join(VALID, 'container-v2.yaml'), 'utf8');
    expect(validateDeclarationText(text, 'p.yaml', { pipelineName: 'container-deployment' }).problems).toEqual([]);
    const other = validateDeclarationText(text, 'p.yaml', { pipelineName: 'shop' }).problems;
    expect(other.map((p) => [p.line, p.col, p.rule])).toEqual([[3, 7, 'pipeline-name']]);
    expect(other[0]?.message).toContain("The declaration is for pipeline 'container-deployment', and this step updates 'shop'");
    const nameless = text.replace('name: container-deployment\n', '');
    expect(validateDeclarationText(nameless, 'p.yaml', { pipelineName: 'shop' }).problems).toEqual([]);
  });

  test("actions that name the pipeline's own region are not cross-region; another region needs artifactStores", () => {
    const decl = JSON.parse(readFileSync(path.join(VALID, 'standard-v1.json'), 'utf8')) as { pipeline: { stages: { actions: Record<string, unknown>[] }[] } };
    for (const s of decl.pipeline.stages) for (const a of s.actions) a.region = 'eu-west-1';
    const check = (region?: string) => validateDeclarationText(JSON.stringify(decl, null, 2), 'p.json', region ? { region } : {}).problems.map((p) => [p.rule, p.message]);
    expect(check()).toEqual([]);
    expect(check('eu-west-1')).toEqual([]);
    expect(check('us-east-1')[0]).toEqual(['artifact-store', 'stages[Source].actions[SourceCode] runs in region eu-west-1 and the pipeline is in us-east-1: a pipeline with cross-region actions keeps its artifacts in artifactStores, one bucket per region. Replace artifactStore with artifactStores.']);
    decl.pipeline.stages[2]!.actions[0]!.region = 'us-east-1';
    expect(check()).toEqual([['artifact-store', 'stages[Deploy].actions[DeployApplication] runs in region us-east-1 while other actions run in eu-west-1: a pipeline with cross-region actions keeps its artifacts in artifactStores, one bucket per region. Replace artifactStore with artifactStores.']]);
    const multi = readFileSync(path.join(VALID, 'multi-region.json'), 'utf8');
    expect(validateDeclarationText(multi, 'm.json', { region: 'ap-south-1' }).problems.map((p) => p.message)).toEqual([
      "artifactStores has no bucket for ap-south-1, the pipeline's own region (it has eu-west-1, us-east-1). Add artifactStores.ap-south-1.",
    ]);
  });

  test('an empty file says what it needs', () => {
    const r = validateDeclarationText('# nothing yet\n', 'p.yaml');
    expect(r.problems.map((p) => [p.line, p.col, p.rule])).toEqual([[1, 1, 'required']]);
    expect(r.problems[0]?.message).toContain('aws codepipeline get-pipeline');
  });
});
