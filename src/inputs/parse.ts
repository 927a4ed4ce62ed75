/**
 * Small, pure parsers for action inputs. Each takes the input's name and raw value and throws an
 * InputError naming the input. Values are quoted with hidden characters escaped (`\u200b`), and
 * a value that holds one says so, so a message never looks identical to the example it gives.
 */
import { InputError } from '../errors.js';
import { describeHidden, escapeHidden, hiddenChars, type HiddenPolicy } from '../util/hidden-chars.js';

/** `'value'`, hidden characters escaped, long values cut. */
export function quote(raw: string, max = 80): string {
  const shown = escapeHidden(raw);
  return `'${shown.length > max ? `${shown.slice(0, max - 1)}…` : shown}'`;
}

/** `is 'value'`, and what is hidden in it: `is 'a\u200bb', which contains an invisible character U+200B (ZERO WIDTH SPACE) at position 2`. */
export function isValue(raw: string, policy: HiddenPolicy = 'none'): string {
  const hidden = hiddenChars(raw, policy);
  return `is ${quote(raw)}${hidden.length > 0 ? `, which ${describeHidden(hidden)}` : ''}`;
}

/**
 * Refuses a value holding hidden characters the policy does not allow. A secret's value is not
 * shown, only what is wrong with it.
 */
export function checkHidden(name: string, raw: string, policy: HiddenPolicy, example: string, secret = false): void {
  const hidden = hiddenChars(raw, policy);
  if (hidden.length === 0) return;
  const problem = secret ? describeHidden(hidden) : isValue(raw, policy);
  throw new InputError(name, problem, 'the value without hidden characters (type it again rather than copying it)', example);
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const YAML11_BOOL = /^(y|yes|n|no|on|off)$/i;

/** true | True | TRUE | false | False | FALSE, as core.getBooleanInput accepts (the YAML 1.2 core schema's booleans). */
export function bool(name: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  const why = YAML11_BOOL.test(raw) ? ` ('${raw}' is a boolean only in YAML 1.1; GitHub Actions passes it as text)` : /^[01]$/.test(raw) ? ' (a number is not a boolean)' : '';
  throw new InputError(name, `${isValue(raw)}, not a boolean${why}`, "'true' or 'false' (True, TRUE, False and FALSE are accepted too: the YAML 1.2 core schema's booleans, as core.getBooleanInput reads them)", `${name}: ${fallback}`);
}

export interface NumberRules {
  integer?: boolean;
  /** `seconds` or `minutes`: the unit the number is in. */
  unit?: 'seconds' | 'minutes';
  example?: string;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const EXPONENT = /^[+-]?(\d+(\.\d*)?|\.\d+)[eE][+-]?\d+$/;
const RADIX = /^[+-]?0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)$/;
const GROUPED = /^\d{1,3}([,_]\d{3})+$/;
const WITH_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([a-zA-Z]+)$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, sec: 1, secs: 1, second: 1, seconds: 1, m: 60, min: 60, mins: 60, minute: 60, minutes: 60, h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600, d: 86400, day: 86400, days: 86400 };

/**
 * A plain decimal number from min to max. Other spellings get a message saying what they are
 * and the plain number to write: `1e3`, `0x10`, `1,000`, `5 minutes`, `1h`.
 */
export function number(name: string, raw: string, fallback: number, min: number, max: number, rules: NumberRules = {}): number {
  if (raw === '') return fallback;
  const unit = rules.unit ? ` ${rules.unit}` : '';
  const kind = rules.integer ? 'a whole number' : 'a number';
  const expected = `${kind} from ${min} to ${max}${unit}`;
  const example = (n?: number): string => (n !== undefined && n >= min && n <= max ? `${name}: ${n}` : (rules.example ?? `${name}: ${fallback}`));
  if (!DECIMAL.test(raw)) {
    const [problem, plain] = spelling(raw, rules.unit);
    throw new InputError(name, problem, expected, example(plain));
  }
  const value = Number(raw);
  if (rules.integer && !Number.isInteger(value)) throw new InputError(name, `is ${raw}, not a whole number`, expected, example(Math.round(value)));
  if (value < 0) throw new InputError(name, `is ${raw}${unit}: it must be positive`, expected, example());
  if (value < min) throw new InputError(name, `is ${raw}${unit}, below the minimum of ${min}${unit}`, expected, example());
  if (value > max) throw new InputError(name, `is ${raw}${unit}, above the maximum of ${max}${unit}`, expected, example());
  return value;
}

/** What a value that is not a plain decimal is, and the plain number it stands for (when it does). */
function spelling(raw: string, unit: NumberRules['unit']): [string, number | undefined] {
  if (EXPONENT.test(raw)) return [`is '${raw}', in exponent notation; write the plain number ${Number(raw)}`, Number(raw)];
  if (RADIX.test(raw)) {
    const n = raw.startsWith('-') ? -Number(raw.slice(1)) : Number(raw.replace(/^\+/, ''));
    return [`is '${raw}', not a decimal number; write ${n}`, n];
  }
  if (GROUPED.test(raw)) {
    const n = Number(raw.replace(/[,_]/g, ''));
    return [`is '${raw}'; write the number without separators: ${n}`, n];
  }
  const m = WITH_UNIT.exec(raw);
  const factor = m ? UNIT_SECONDS[(m[2] as string).toLowerCase()] : undefined;
  if (m && unit && factor !== undefined) {
    const n = (Number(m[1]) * factor) / (unit === 'minutes' ? 60 : 1);
    const converted = String(n) === m[1] ? '' : ` (${raw} is ${n} ${unit})`;
    return [`is '${raw}'; write the number of ${unit} alone, without a unit${converted}`, n];
  }
  return [`${isValue(raw)}, not a number`, undefined];
}

export function pattern(name: string, raw: string, re: RegExp, expected: string, example: string, fallback = ''): string {
  if (raw === '') return fallback;
  if (!re.test(raw)) throw new InputError(name, isValue(raw), expected, example);
  return raw;
}

export function oneOf<T extends string>(name: string, raw: string, choices: readonly T[], fallback: T | '', caseInsensitive = false): T | '' {
  if (raw === '') return fallback;
  const hit = choices.find((c) => (caseInsensitive ? c.toLowerCase() === raw.toLowerCase() : c === raw));
  if (hit === undefined) throw new InputError(name, isValue(raw), `one of ${choices.map((c) => `'${c}'`).join(', ')}`, `${name}: ${fallback || choices[0]}`);
  return hit;
}
