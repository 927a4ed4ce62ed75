/** Input parsing, pure: hidden characters shown and named, booleans as the toolkit reads them, truthful number messages. */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { InputError } from '../../src/errors.ts';
import { bool, number, pattern } from '../../src/inputs/parse.ts';
import { pairs } from '../../src/inputs/pairs.ts';
import { describeHidden, escapeHidden, hiddenChars } from '../../src/util/hidden-chars.ts';

/** The full text a user sees for an InputError: message, then hint. */
function failure(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return `${e.message}\n${e.hint ?? ''}`;
  }
  throw new Error('did not throw');
}

describe('hidden characters', () => {
  test.each([
    ['my\u200bpipeline', 'my\\u200bpipeline', 'an invisible character U+200B (ZERO WIDTH SPACE) at position 3'],
    ['a\u00a0b', 'a\\u00a0b', 'a non-standard space U+00A0 (NO-BREAK SPACE) at position 2'],
    ['ab\u0007', 'ab\\u0007', 'a control character U+0007 (BELL) at position 3'],
    ['\u0000x', '\\u0000x', 'a control character U+0000 (NULL) at position 1'],
    ['x\u202ey', 'x\\u202ey', 'an invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) at position 2'],
    ['x\u2066y', 'x\\u2066y', 'an invisible character U+2066 (LEFT-TO-RIGHT ISOLATE) at position 2'],
    ['a\tb', 'a\\tb', 'a control character U+0009 (CHARACTER TABULATION) at position 2'],
    ['\u{1F600}\u200b', '\u{1F600}\\u200b', 'an invisible character U+200B (ZERO WIDTH SPACE) at position 2'],
    ['x\u{E0001}', 'x\\u{e0001}', 'an invisible character U+E0001 at position 2'],
    ['\u3164', '\\u3164', 'an invisible character U+3164 (HANGUL FILLER) at position 1'],
  ])('%j is shown as %s and described', (raw, shown, what) => {
    expect(escapeHidden(raw)).toBe(shown);
    expect(describeHidden(hiddenChars(raw))).toBe(`contains ${what}`);
  });

  test('several: how many and the first', () => {
    expect(describeHidden(hiddenChars('a\u200bb\u200bc\u0007'))).toBe('contains 3 hidden characters; the first is an invisible character U+200B (ZERO WIDTH SPACE) at position 2');
  });

  test('text may hold tabs, line breaks and joiners; not other controls or bidi controls', () => {
    expect(hiddenChars('a\tb\nc\r\nd 👩\u200d💻 e\u00a0f', 'text')).toEqual([]);
    expect(hiddenChars('a\u0000b', 'text').map((h) => h.code)).toEqual([0]);
    expect(hiddenChars('a\u202eb', 'text').map((h) => h.code)).toEqual([0x202e]);
    expect(hiddenChars('a\rb', 'command').map((h) => h.code)).toEqual([13]);
  });

  test('plain printable text has nothing hidden and is shown as is (300 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ019 -_./:@=+,"\'\\é€漢🙂'.split('')) }), (s) => {
        expect(hiddenChars(s)).toEqual([]);
        expect(escapeHidden(s)).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  test('escaped text never holds a hidden character (300 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(hiddenChars(escapeHidden(s))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('a value that fails its pattern is quoted escaped and says what is hidden', () => {
    const text = failure(() => pattern('pipeline-name', 'my\u200bpipeline', /^[a-z-]+$/, 'a name', 'pipeline-name: my-pipeline'));
    expect(text).toContain("Input 'pipeline-name' is 'my\\u200bpipeline', which contains an invisible character U+200B (ZERO WIDTH SPACE) at position 3.");
    expect(text).not.toContain('\u200b');
  });

  test('list lines: a hidden character in a name or a value is named with its line', () => {
    const rules = { namePattern: /^[A-Z_]+$/, nameExpected: 'NAME=VALUE', example: 'x: |\n  A=1', valueHidden: 'none' as const };
    expect(failure(() => pairs('images', 'all=nginx\u200b:1', { ...rules, namePattern: /^all$/ }))).toContain("Input 'images' line 1 ('all=nginx\\u200b:1'): the value of 'all' contains an invisible character U+200B (ZERO WIDTH SPACE) at position 6.");
    expect(failure(() => pairs('variables', 'A=1\nB\u00a0C=2', rules))).toContain("line 2 ('B\\u00a0C=2'): the name 'B\\u00a0C' is not valid; it contains a non-standard space U+00A0 (NO-BREAK SPACE) at position 2");
    expect(pairs('variables', 'A=tab\there', { ...rules, valueHidden: 'text' })).toEqual([{ name: 'A', value: 'tab\there', line: 1 }]);
  });
});

describe('booleans: what core.getBooleanInput accepts', () => {
  test.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['', true],
  ])('%s', (raw, value) => {
    expect(bool('wait', raw, true)).toBe(value);
  });

  test.each([
    ['yes', "is 'yes', not a boolean ('yes' is a boolean only in YAML 1.1; GitHub Actions passes it as text)"],
    ['On', "is 'On', not a boolean ('On' is a boolean only in YAML 1.1"],
    ['1', "is '1', not a boolean (a number is not a boolean)"],
    ['tRUE', "is 'tRUE', not a boolean."],
  ])('%s is refused, and the message lists every accepted form', (raw, problem) => {
    const text = failure(() => bool('wait', raw, true));
    expect(text).toContain(`Input 'wait' ${problem}`);
    expect(text).toContain("Expected 'true' or 'false' (True, TRUE, False and FALSE are accepted too");
    expect(text).toContain('for example: wait: true');
  });
});

describe('numbers: truthful messages', () => {
  const minutes = (raw: string) => number('timeout-minutes', raw, 60, 0.05, 4320, { unit: 'minutes', example: 'timeout-minutes: 60' });
  const seconds = (raw: string) => number('role-duration-seconds', raw, 3600, 900, 43200, { integer: true, unit: 'seconds' });

  test('plain decimals', () => {
    expect(minutes('90')).toBe(90);
    expect(minutes('0.5')).toBe(0.5);
    expect(minutes('+5')).toBe(5);
    expect(minutes('')).toBe(60);
    expect(seconds('007200')).toBe(7200);
  });

  test.each([
    ['-5', "Input 'timeout-minutes' is -5 minutes: it must be positive.", 'for example: timeout-minutes: 60'],
    ['0', "Input 'timeout-minutes' is 0 minutes, below the minimum of 0.05 minutes.", 'Expected a number from 0.05 to 4320 minutes'],
    ['5000', "Input 'timeout-minutes' is 5000 minutes, above the maximum of 4320 minutes.", 'from 0.05 to 4320 minutes'],
    ['1e3', "Input 'timeout-minutes' is '1e3', in exponent notation; write the plain number 1000.", 'for example: timeout-minutes: 1000'],
    ['0x10', "Input 'timeout-minutes' is '0x10', not a decimal number; write 16.", 'for example: timeout-minutes: 16'],
    ['5 minutes', "Input 'timeout-minutes' is '5 minutes'; write the number of minutes alone, without a unit.", 'for example: timeout-minutes: 5'],
    ['2h', "Input 'timeout-minutes' is '2h'; write the number of minutes alone, without a unit (2h is 120 minutes).", 'for example: timeout-minutes: 120'],
    ['1,000', "Input 'timeout-minutes' is '1,000'; write the number without separators: 1000.", 'for example: timeout-minutes: 1000'],
    ['soon', "Input 'timeout-minutes' is 'soon', not a number.", 'for example: timeout-minutes: 60'],
    ['6\u200b0', "Input 'timeout-minutes' is '6\\u200b0', which contains an invisible character U+200B (ZERO WIDTH SPACE) at position 2, not a number.", 'Expected a number'],
  ])('%s', (raw, message, hint) => {
    const text = failure(() => minutes(raw));
    expect(text).toContain(message);
    expect(text).toContain(hint);
    // Only what is not a number is called one.
    if (!message.endsWith('not a number.')) expect(text).not.toContain('not a number');
  });

  test('whole numbers and units of seconds', () => {
    expect(failure(() => seconds('3600.5'))).toContain("Input 'role-duration-seconds' is 3600.5, not a whole number.");
    expect(failure(() => seconds('1h'))).toContain("is '1h'; write the number of seconds alone, without a unit (1h is 3600 seconds)");
    expect(failure(() => seconds('1h'))).toContain('for example: role-duration-seconds: 3600');
    expect(failure(() => seconds('60'))).toContain('from 900 to 43200 seconds');
  });
});
