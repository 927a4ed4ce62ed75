/**
 * The table of inputs per command (src/inputs/table.ts): in step with action.yml, every input
 * parsed, conditions that read only inputs parsed before them, and commands that check only what
 * they read and warn about what has no effect. Pure.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { InputError } from '../../src/errors.ts';
import { FIELDS } from '../../src/inputs/fields.ts';
import { readInputs, secretInputs, type Settings } from '../../src/inputs/index.ts';
import { COMMANDS, INPUTS, type Command } from '../../src/inputs/table.ts';
import { ROOT } from '../harness/run-action.ts';

const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
const ENV = { GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', GITHUB_REPOSITORY: 'acme/shop' };

function reader(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? INPUTS.find((i) => i.name === name)?.default ?? '';
}

/** A value every input refuses: not a boolean, number, name, ARN, UUID, path without a NUL… */
const GARBAGE = 'not\u0000valid';

describe('the table of inputs', () => {
  test('lists every input of action.yml with its default, and nothing else', () => {
    expect(INPUTS.map((i) => i.name).sort()).toEqual(Object.keys(ACTION.inputs).sort());
    for (const spec of INPUTS) expect([spec.name, spec.default]).toEqual([spec.name, ACTION.inputs[spec.name]?.default ?? '']);
  });

  test('has a parser for every input but command', () => {
    expect(Object.keys(FIELDS).sort()).toEqual(INPUTS.map((i) => i.name).filter((n) => n !== 'command').sort());
  });

  test('a condition reads only settings of inputs listed before it', () => {
    const keyOf = new Map<string, string[]>();
    for (const spec of INPUTS) if (spec.name !== 'command') keyOf.set(spec.name, Object.keys((FIELDS[spec.name] as (typeof FIELDS)[string])('', { env: {}, run: {} as Settings['run'] })));
    const seen = new Set<string>(['command']);
    for (const spec of INPUTS) {
      const read = new Set<string>();
      // Every command, with every setting empty/false and then set/true, to walk each branch.
      for (const command of COMMANDS) {
        for (const fill of ['', 'x', true]) spec.idle?.(new Proxy({} as Settings, { get: (_t, key) => (read.add(String(key)), key === 'command' ? command : fill) }));
      }
      for (const key of read) expect([spec.name, key, seen.has(key)]).toEqual([spec.name, key, true]);
      for (const key of keyOf.get(spec.name) ?? []) seen.add(key);
    }
  });
});

describe('each command checks only the inputs it reads', () => {
  test.each(COMMANDS.map((c) => [c]))('%s: garbage in every input it does not read is only warned about', (command) => {
    const specs = INPUTS.filter((i) => i.name !== 'command' && !i.commands.includes(command as Command));
    const values: Record<string, string> = { command, 'pipeline-name': 'p', 'approval-stage': 'S', 'approval-action': 'A', 'stage-name': 'S', 'pipeline-definition': 'pipeline.json' };
    for (const spec of specs) values[spec.name] = GARBAGE;
    const { warnings } = readInputs(reader(values), ENV);
    expect(warnings.map((w) => w.input).sort()).toEqual(specs.map((s) => s.name).sort());
    for (const w of warnings) expect(w.message).toMatch(new RegExp(`^Input '${w.input}' has no effect with command '${command}': (only command|only commands|command credentials always)`));
    for (const w of warnings) expect(w.message).not.toContain('\u0000');
  });

  test.each(COMMANDS.map((c) => [c]))('%s: garbage in an input it reads is an error', (command) => {
    for (const spec of INPUTS.filter((i) => i.name !== 'command' && i.commands.includes(command as Command) && i.idle === undefined)) {
      const values = { command, 'pipeline-name': 'p', 'approval-stage': 'S', 'approval-action': 'A', 'stage-name': 'S', 'pipeline-definition': 'pipeline.json', [spec.name]: GARBAGE };
      expect(() => readInputs(reader(values), ENV)).toThrow(InputError);
    }
  });

  test('validate ignores a bad execution-id, with a warning that says who reads it', () => {
    const { settings, warnings } = readInputs(reader({ command: 'validate', 'execution-id': 'not-a-uuid' }), ENV);
    expect(settings.executionId).toBe('');
    expect(warnings).toEqual([{ input: 'execution-id', message: "Input 'execution-id' has no effect with command 'validate': only commands await, approve, stop, retry, status read it." }]);
  });

  test('a value equal to the default is not reported (booleans in any accepted case)', () => {
    expect(readInputs(reader({ command: 'validate', wait: 'True', abandon: 'FALSE', 'timeout-minutes': '60.0' }), ENV).warnings).toEqual([]);
  });
});

describe('inputs with no effect in the combination given', () => {
  const warned = (values: Record<string, string>): string[] => readInputs(reader(values), ENV).warnings.map((w) => w.message);

  test.each([
    [{ command: 'credentials', 'chain-role-external-id': 'ext-1' }, "Input 'chain-role-external-id' has no effect: role-to-assume is empty, so no role is assumed (the ambient credentials are used as they are)."],
    [{ command: 'credentials', 'role-to-assume': 'arn:aws:iam::123456789012:role/a', 'chain-role-external-id': 'ext-1' }, "Input 'chain-role-external-id' has no effect: chain-role-to-assume is empty, so no second role is assumed."],
    [{ command: 'credentials', 'role-duration-seconds': '60' }, "Input 'role-duration-seconds' has no effect: role-to-assume is empty"],
    [{ command: 'credentials', 'export-credentials': 'true' }, "Input 'export-credentials' has no effect with command 'credentials': command credentials always exports them."],
    [{ command: 'start', 'pipeline-name': 'p', abandon: 'true' }, "Input 'abandon' has no effect with command 'start': only command stop reads it."],
    [{ command: 'start', 'pipeline-name': 'p', wait: 'false', 'timeout-minutes': '5' }, "Input 'timeout-minutes' has no effect: wait is false, so nothing is awaited."],
    [{ command: 'start', 'pipeline-name': 'p', wait: 'false', 'follow-superseded': 'false' }, "Input 'follow-superseded' has no effect: wait is false"],
    [{ command: 'await', 'pipeline-name': 'p', 'client-request-token': 'tok' }, "Input 'client-request-token' has no effect with command 'await': only command start reads it."],
    [{ command: 'await', 'pipeline-name': 'p', 'execution-id': '2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69', 'commit-sha': 'abcdef1' }, "Input 'commit-sha' has no effect: execution-id is set, so no execution is looked up by commit."],
    [{ command: 'await', 'pipeline-name': 'p', environment: 'production' }, "Input 'environment' has no effect: github-token is empty, so no GitHub Deployment is recorded."],
    [{ command: 'stop', 'pipeline-name': 'p', 'dry-run': 'true' }, "Input 'dry-run' has no effect with command 'stop': only commands apply, update-pipeline, delete read it."],
    [{ command: 'render', 'cluster-name': 'c' }, "Input 'cluster-name' has no effect with command 'render': only commands apply, await, approve, delete read it."],
    [{ command: 'await', 'pipeline-name': 'p', 'cluster-name': 'c' }, "Input 'cluster-name' has no effect: workflow-name is empty, so await works on a CodePipeline execution and no cluster."],
    [{ command: 'await', 'workflow-name': 'shop-x', 'pipeline-name': 'p' }, "Input 'pipeline-name' has no effect: workflow-name is set, so await works on that Argo Workflow and no CodePipeline."],
    [{ command: 'approve', 'workflow-name': 'shop-x', environment: 'production', 'approval-stage': 'S' }, "Input 'approval-stage' has no effect: workflow-name is set, so approve works on that Argo Workflow and no CodePipeline."],
    [{ command: 'approve', 'pipeline-name': 'p', 'approval-stage': 'S', 'approval-action': 'A', environment: 'production' }, "Input 'environment' has no effect: workflow-name is empty, and a CodePipeline approval is named by approval-stage and approval-action."],
    [{ command: 'approve', 'workflow-name': 'shop-x', environment: 'production', wait: 'false', 'stop-on-cancel': 'false' }, "Input 'stop-on-cancel' has no effect: wait is false, so nothing is awaited."],
    [{ command: 'await', 'workflow-name': 'shop-x', 'role-to-assume': 'arn:aws:iam::123456789012:role/a' }, "Input 'role-to-assume' has no effect: cluster-name is empty, and await uses AWS only to reach an EKS cluster."],
    [{ command: 'apply', 'role-to-assume': 'arn:aws:iam::123456789012:role/a' }, "Input 'role-to-assume' has no effect: cluster-name is empty, and apply uses AWS only to reach an EKS cluster."],
    [{ command: 'apply', 'cluster-name': 'c', kubeconfig: 'k' }, "Input 'kubeconfig' has no effect: cluster-name is set, so the action connects to that EKS cluster and reads no kubeconfig."],
    [{ command: 'apply', 'workflow-parameters': 'a=1' }, "Input 'workflow-parameters' has no effect: submit is false, so no Workflow is submitted."],
    [{ command: 'apply', submit: 'true', 'dry-run': 'true', wait: 'false' }, "Input 'wait' has no effect: dry-run is true, and a dry run submits no Workflow."],
    [{ command: 'apply', submit: 'true', wait: 'false', 'timeout-minutes': '5' }, "Input 'timeout-minutes' has no effect: wait is false, so nothing is awaited."],
  ])('%j', (values, message) => {
    const all = warned(values);
    expect(all.some((m) => m.startsWith(message))).toBe(true);
  });

  test('an input without effect is not checked, one with effect is', () => {
    expect(warned({ command: 'start', 'pipeline-name': 'p', wait: 'false', 'timeout-minutes': 'soon' })).toHaveLength(1);
    expect(() => readInputs(reader({ command: 'start', 'pipeline-name': 'p', 'timeout-minutes': 'soon' }), ENV)).toThrow("Input 'timeout-minutes' is 'soon', not a number.");
  });
});

describe('secrets and the command input', () => {
  test('github-token is handed out for masking whatever the command, and never shown', () => {
    expect(secretInputs(reader({ command: 'validate', 'github-token': 'ghs_abc' }))).toEqual(['ghs_abc']);
    let message = '';
    try {
      readInputs(reader({ command: 'await', 'pipeline-name': 'p', 'github-token': 'ghs_\u0007abc' }), ENV);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe("Input 'github-token' contains a control character U+0007 (BELL) at position 5.");
  });

  test('a command with a hidden character is shown escaped', () => {
    expect(() => readInputs(reader({ command: 'vali\u200bdate' }), ENV)).toThrow("Input 'command' is 'vali\\u200bdate', which contains an invisible character U+200B (ZERO WIDTH SPACE) at position 5.");
  });

  test('AWS_REGION from the environment is named when it is the bad value', () => {
    expect(() => readInputs(reader({ command: 'credentials' }), { ...ENV, AWS_REGION: 'EU-WEST-1' })).toThrow("Input 'aws-region' is empty and AWS_REGION is 'EU-WEST-1'.");
  });
});
