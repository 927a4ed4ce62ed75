/** Failure reporting: annotation positions within the toolkit's contract, and unexpected errors in one line. */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { ActionError } from '../../src/errors.ts';
import { annotationOf, reportFailure, unexpectedLine } from '../../src/report/failure.ts';
import { parseWorkflowCommand, type WorkflowCommand } from '../harness/workflow-commands.ts';

describe('annotationOf', () => {
  test('one line: start column, and the end column when it is after the start', () => {
    expect(annotationOf({ file: 'c.yaml', line: 3, col: 5 })).toEqual({ file: 'c.yaml', startLine: 3, startColumn: 5 });
    expect(annotationOf({ file: 'c.yaml', line: 3, col: 5, endLine: 3, endCol: 9 })).toEqual({ file: 'c.yaml', startLine: 3, startColumn: 5, endColumn: 9 });
    expect(annotationOf({ file: 'c.yaml', line: 3, col: 5, endLine: 3, endCol: 2 })).toEqual({ file: 'c.yaml', startLine: 3, startColumn: 5 });
  });
  test('several lines: lines only, no columns', () => {
    expect(annotationOf({ file: 'c.yaml', line: 4, col: 1, endLine: 9, endCol: 18 })).toEqual({ file: 'c.yaml', startLine: 4, endLine: 9 });
  });
  test('an end at column 1 of the next line is the end of this line', () => {
    expect(annotationOf({ file: 'c.yaml', line: 4, col: 3, endLine: 5, endCol: 1 })).toEqual({ file: 'c.yaml', startLine: 4, startColumn: 3 });
    expect(annotationOf({ file: 'c.yaml', line: 4, col: 3, endLine: 7, endCol: 1 })).toEqual({ file: 'c.yaml', startLine: 4, endLine: 6 });
  });
});

describe('reportFailure', () => {
  let out: string;
  let write: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    out = '';
    write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
  });
  afterEach(() => write.mockRestore());
  const commands = (): WorkflowCommand[] => out.split('\n').flatMap((l) => parseWorkflowCommand(l) ?? []);

  test('an unexpected error: what happened in one line, then how to get the stack trace; no stack', () => {
    const e = new RangeError('Invalid array length\n    at Array (<anonymous>)');
    reportFailure(e, {});
    const [error, ...rest] = commands();
    expect(rest).toEqual([]);
    expect(error?.command).toBe('error');
    const lines = error?.message.split('\n') ?? [];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Unexpected error: RangeError: Invalid array length');
    expect(lines[1]).toMatch(/defect in aphex-pipeline-action.*stack trace.*ACTIONS_STEP_DEBUG=true/);
    expect(out).not.toContain('<anonymous>');
    expect(out).not.toMatch(/\n\s+at /);
  });
  test('with step debugging, the stack trace and its causes follow', () => {
    const e = new Error('outer', { cause: new Error('inner') });
    reportFailure(e, { RUNNER_DEBUG: '1' });
    expect(out).toMatch(/^Error: outer\n\s+at /m);
    expect(out).toMatch(/^Caused by: Error: inner\n\s+at /m);
  });
  test('anything thrown is one line: objects, long and empty messages', () => {
    expect(unexpectedLine({ message: 'plain object\nsecond line', stack: 'x\n  at y' })).toBe('Unexpected error: plain object');
    expect(unexpectedLine('a string')).toBe('Unexpected error: a string');
    expect(unexpectedLine(new Error(''))).toBe('Unexpected error: (no message)');
    const long = unexpectedLine(new Error('x'.repeat(1000)));
    expect(long.length).toBeLessThanOrEqual('Unexpected error: '.length + 300);
    expect(long.endsWith('…')).toBe(true);
  });
  test('an ActionError: its message and hint, at its position, columns only on one line', () => {
    reportFailure(new ActionError('Bad value.', { hint: 'Use another.', position: { file: 'c.yaml', line: 2, col: 3, endLine: 4, endCol: 2 }, title: 'config' }), {});
    expect(commands()).toEqual([{ command: 'error', properties: { title: 'config', file: 'c.yaml', line: '2', endLine: '4' }, message: 'Bad value.\nUse another.' }]);
  });
});
