/**
 * cloudformation/codepipeline-events-to-github.yaml, checked for shape: parsed with the project's
 * yaml package and CloudFormation's short-form tags; every Ref, GetAtt and ${} of Sub resolves;
 * every parameter is used; the resources have the properties the CloudFormation reference
 * requires (AWS::Events::Connection: AuthorizationType, AuthParameters with ApiKeyAuthParameters
 * ApiKeyName / ApiKeyValue; AWS::Events::ApiDestination: ConnectionArn, HttpMethod,
 * InvocationEndpoint; AWS::Events::Rule Target: Id, Arn, RoleArn, InputTransformer.InputTemplate);
 * the rule's pattern matches a documented CodePipeline event; and the input transformer's
 * template, rendered as EventBridge renders it (aws.events.event.json: the whole event as JSON),
 * is the JSON body GitHub's "create a repository dispatch event" takes, which command: event
 * then reads through the bundled action.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, type Tags } from 'yaml';
import { ROOT, runAction } from '../harness/run-action.ts';
import { actionEvent, dispatch, EXECUTION_ID, pipelineEvent } from './samples.ts';

type Obj = Record<string, unknown>;

/** CloudFormation's short forms, as their long forms ({"Ref": …}, {"Fn::GetAtt": […]}, …). */
const FN = ['Sub', 'Join', 'Select', 'Split', 'If', 'Equals', 'Not', 'And', 'Or', 'FindInMap', 'Base64', 'Cidr', 'ImportValue', 'GetAZs'];
const CFN_TAGS: Tags = [
  { tag: '!Ref', resolve: (v: unknown) => ({ Ref: v }) },
  { tag: '!GetAtt', resolve: (v: unknown) => ({ 'Fn::GetAtt': String(v).split('.') }) },
  ...FN.flatMap((f) => [
    { tag: `!${f}`, resolve: (v: unknown) => ({ [`Fn::${f}`]: v }) },
    { tag: `!${f}`, collection: 'seq' as const, resolve: (v: { toJSON(): unknown }) => ({ [`Fn::${f}`]: v.toJSON() }) },
  ]),
] as unknown as Tags;

const text = readFileSync(path.join(ROOT, 'cloudformation/codepipeline-events-to-github.yaml'), 'utf8');
const doc = parse(text, { customTags: CFN_TAGS }) as { Parameters: Record<string, Obj>; Resources: Record<string, { Type: string; Properties: Obj }>; Outputs: Record<string, Obj> };
const PSEUDO = new Set(['AWS::AccountId', 'AWS::Region', 'AWS::Partition', 'AWS::StackName', 'AWS::StackId', 'AWS::URLSuffix', 'AWS::NoValue']);
/** The attributes GetAtt may read, per resource type (CloudFormation reference, "Return values"). */
const ATTRIBUTES: Record<string, string[]> = { 'AWS::Events::Connection': ['Arn', 'SecretArn'], 'AWS::Events::ApiDestination': ['Arn'], 'AWS::Events::Rule': ['Arn'], 'AWS::IAM::Role': ['Arn', 'RoleId'] };

function walk(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      visit(k, v);
      walk(v, visit);
    }
  }
}

/** Parameter values for a deployment: the defaults, plus these. */
const VALUES: Record<string, unknown> = { GitHubOwner: 'acme', GitHubRepository: 'shop', GitHubTokenSecretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:github-AbCdEf', PipelineNames: ['shop-pipeline'] };
function value(name: string): unknown {
  if (name in VALUES) return VALUES[name];
  const p = doc.Parameters[name] as { Type: string; Default?: string };
  return p.Type === 'CommaDelimitedList' ? String(p.Default).split(',') : p.Default;
}

/** Evaluates Ref / Sub of parameters (what the rule and the transformer are deployed with). */
function evaluate(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(evaluate);
  if (node === null || typeof node !== 'object') return node;
  const o = node as Obj;
  if ('Ref' in o) return value(String(o.Ref));
  if ('Fn::Sub' in o) return String(o['Fn::Sub']).replace(/\$\{([\w:]+)\}/g, (_m, n: string) => String(value(n)));
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, evaluate(v)]));
}

/** EventBridge pattern matching for what the template uses: exact values in arrays, nested objects. */
function matches(pattern: unknown, event: unknown): boolean {
  if (Array.isArray(pattern)) return pattern.includes(event);
  if (pattern === null || typeof pattern !== 'object') return false;
  return Object.entries(pattern).every(([k, p]) => matches(p, (event as Obj | undefined)?.[k]));
}

/** The input transformer as EventBridge applies it: predefined variables, then variables of InputPathsMap (none here). */
function transform(template: string, event: Obj): string {
  return template.replace(/<aws\.events\.event\.json>/g, JSON.stringify(event)).replace(/<aws\.events\.rule-name>/g, 'rule');
}

const rule = doc.Resources.PipelineEventsRule?.Properties as { EventPattern: Obj; Targets: Obj[] };
const target = rule.Targets[0] as { Id: string; Arn: unknown; RoleArn: unknown; InputTransformer: { InputTemplate: unknown; InputPathsMap?: Obj } };

describe('the CodePipeline-events-to-GitHub template', () => {
  test('every Ref, GetAtt and Sub reference resolves, and every parameter is used', () => {
    const params = new Set(Object.keys(doc.Parameters));
    const resources = doc.Resources;
    const used = new Set<string>();
    const bad: string[] = [];
    const ref = (name: string, attr?: string): void => {
      if (params.has(name)) return void used.add(name);
      if (PSEUDO.has(name)) return;
      const r = resources[name];
      if (!r) return void bad.push(name);
      if (attr !== undefined && !(ATTRIBUTES[r.Type] ?? []).includes(attr)) bad.push(`${name}.${attr}`);
    };
    walk(doc, (k, v) => {
      if (k === 'Ref') ref(String(v));
      if (k === 'Fn::GetAtt') ref(...((v as string[]) as [string, string]));
      if (k === 'Fn::Sub') for (const m of String(v).matchAll(/\$\{([\w:]+)(?:\.(\w+))?\}/g)) ref(m[1] as string, m[2]);
    });
    expect(bad).toEqual([]);
    expect([...params].filter((p) => !used.has(p))).toEqual([]);
  });

  test('the connection sends the Secrets Manager token as "Authorization: Bearer …", the API destination POSTs to the dispatches endpoint', () => {
    const connection = doc.Resources.GitHubConnection as { Type: string; Properties: { AuthorizationType: string; AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: string; ApiKeyValue: unknown }; InvocationHttpParameters: { HeaderParameters: Obj[] } } } };
    expect(connection.Type).toBe('AWS::Events::Connection');
    expect(connection.Properties.AuthorizationType).toBe('API_KEY');
    expect(connection.Properties.AuthParameters.ApiKeyAuthParameters.ApiKeyName).toBe('Authorization');
    // A dynamic reference: the token never appears in the template, the stack or its events.
    expect(evaluate(connection.Properties.AuthParameters.ApiKeyAuthParameters.ApiKeyValue)).toBe(`Bearer {{resolve:secretsmanager:${VALUES.GitHubTokenSecretArn}:SecretString}}`);
    expect(connection.Properties.AuthParameters.InvocationHttpParameters.HeaderParameters).toContainEqual({ Key: 'Accept', Value: 'application/vnd.github+json' });
    const destination = doc.Resources.GitHubDispatches as { Type: string; Properties: Obj };
    expect(destination.Type).toBe('AWS::Events::ApiDestination');
    expect(destination.Properties.ConnectionArn).toEqual({ 'Fn::GetAtt': ['GitHubConnection', 'Arn'] });
    expect(destination.Properties.HttpMethod).toBe('POST');
    expect(evaluate(destination.Properties.InvocationEndpoint)).toBe('https://api.github.com/repos/acme/shop/dispatches');
    expect(evaluate(destination.Properties.InvocationRateLimitPerSecond)).toBe(5);
  });

  test('EventBridge may invoke only this API destination, and the rule sends there with that role', () => {
    const role = doc.Resources.InvokeRole as { Type: string; Properties: { AssumeRolePolicyDocument: { Statement: Obj[] }; Policies: { PolicyDocument: { Statement: Obj[] } }[] } };
    expect(role.Properties.AssumeRolePolicyDocument.Statement[0]).toMatchObject({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' });
    expect(role.Properties.Policies.flatMap((p) => p.PolicyDocument.Statement)).toEqual([{ Effect: 'Allow', Action: 'events:InvokeApiDestination', Resource: { 'Fn::GetAtt': ['GitHubDispatches', 'Arn'] } }]);
    expect(target.Arn).toEqual({ 'Fn::GetAtt': ['GitHubDispatches', 'Arn'] });
    expect(target.RoleArn).toEqual({ 'Fn::GetAtt': ['InvokeRole', 'Arn'] });
    expect(doc.Outputs.RuleArn?.Value).toEqual({ 'Fn::GetAtt': ['PipelineEventsRule', 'Arn'] });
  });

  test('the rule matches the pipelines, event types and states asked for', () => {
    const pattern = evaluate(rule.EventPattern);
    expect(pattern).toEqual({ source: ['aws.codepipeline'], 'detail-type': ['CodePipeline Pipeline Execution State Change'], detail: { pipeline: ['shop-pipeline'], state: ['SUCCEEDED', 'FAILED'] } });
    expect(matches(pattern, pipelineEvent('SUCCEEDED'))).toBe(true);
    expect(matches(pattern, pipelineEvent('STARTED'))).toBe(false);
    expect(matches(pattern, pipelineEvent('FAILED', 'other-pipeline'))).toBe(false);
    expect(matches(pattern, actionEvent())).toBe(false);
  });

  test.each([
    ['a pipeline event', pipelineEvent('SUCCEEDED')],
    ['an action event', actionEvent('Build', 'Compile', 'FAILED')],
  ])('the input transformer renders %s into a valid dispatch body, which command: event reads', async (_name, event) => {
    const body = transform(String(evaluate(target.InputTransformer.InputTemplate)), event);
    const parsed = JSON.parse(body) as { event_type: string; client_payload: Obj };
    expect(Object.keys(parsed).sort()).toEqual(['client_payload', 'event_type']);
    expect(parsed.event_type).toBe('codepipeline');
    expect(parsed.event_type.length).toBeLessThanOrEqual(100);
    // GitHub accepts at most 10 top-level properties in client_payload.
    expect(Object.keys(parsed.client_payload).length).toBeLessThanOrEqual(10);
    expect(parsed.client_payload).toEqual(event);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-dispatch-'));
    writeFileSync(path.join(dir, 'event.json'), JSON.stringify(dispatch(parsed.client_payload, parsed.event_type)));
    const r = await runAction({ inputs: { command: 'event', 'pipeline-name': 'shop-pipeline' }, env: { GITHUB_EVENT_NAME: 'repository_dispatch', GITHUB_EVENT_PATH: path.join(dir, 'event.json') }, workspace: dir, timeoutMs: 20_000 });
    expect(r.errors).toEqual([]);
    expect(r.outputs).toMatchObject({ matched: 'true', 'execution-id': EXECUTION_ID });
  });
});
