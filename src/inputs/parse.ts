/** Small, pure parsers for action inputs. Each throws InputError naming the input. */
import { InputError } from '../errors.js';

export type Reader = (name: string) => string;

export function bool(read: Reader, name: string, fallback: boolean): boolean {
  const raw = read(name).trim();
  if (raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new InputError(name, `is '${raw}'`, "exactly 'true' or 'false' (YAML 1.2 core schema, lower case)", `${name}: ${fallback}`);
}

export function number(read: Reader, name: string, fallback: number, min: number, max: number, opts: { integer?: boolean; unit?: string; example?: string } = {}): number {
  const raw = read(name).trim();
  if (raw === '') return fallback;
  const unit = opts.unit ? ` ${opts.unit}` : '';
  const kind = opts.integer ? 'a whole number' : 'a number';
  const expected = `${kind} from ${min} to ${max}${unit}`;
  const example = opts.example ?? `${name}: ${fallback}`;
  if (!/^[+]?(\d+(\.\d+)?|\.\d+)$/.test(raw)) throw new InputError(name, `is '${raw}', not ${kind}`, expected, example);
  const value = Number(raw);
  if (opts.integer && !Number.isInteger(value)) throw new InputError(name, `is '${raw}', not a whole number`, expected, example);
  if (value < min || value > max) throw new InputError(name, `is ${raw}${unit}, out of range`, expected, example);
  return value;
}

export function pattern(read: Reader, name: string, re: RegExp, expected: string, example: string, fallback = ''): string {
  const raw = read(name).trim();
  if (raw === '') return fallback;
  if (!re.test(raw)) throw new InputError(name, `is '${raw}'`, expected, example);
  return raw;
}

export function oneOf<T extends string>(read: Reader, name: string, choices: readonly T[], fallback: T | '', caseInsensitive = false): T | '' {
  const raw = read(name).trim();
  if (raw === '') return fallback;
  const hit = choices.find((c) => (caseInsensitive ? c.toLowerCase() === raw.toLowerCase() : c === raw));
  if (hit === undefined) {
    throw new InputError(name, `is '${raw}'`, `one of ${choices.map((c) => `'${c}'`).join(', ')}`, `${name}: ${fallback || choices[0]}`);
  }
  return hit;
}

export interface Pair {
  name: string;
  value: string;
  /** 1-based line within the input. */
  line: number;
}

export interface PairRules {
  namePattern: RegExp;
  nameExpected: string;
  example: string;
  maxItems?: number;
  maxValueLength?: number;
  /** Check the value; return a problem description or undefined. */
  checkValue?: (value: string, name: string) => string | undefined;
}

/**
 * Multiline `NAME=VALUE` lists. Blank lines and lines starting with `#` are skipped.
 * Errors name the input and the 1-based line.
 */
export function pairs(read: Reader, name: string, rules: PairRules): Pair[] {
  const raw = read(name);
  const out: Pair[] = [];
  const seen = new Map<string, number>();
  raw.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const eq = trimmed.indexOf('=');
    const where = `line ${line} ('${trimmed.length > 60 ? trimmed.slice(0, 57) + '...' : trimmed}')`;
    if (eq <= 0) throw new InputError(name, `${where} has no NAME=VALUE`, `one NAME=VALUE per line`, rules.example);
    const key = trimmed.slice(0, eq).trim();
    const value = trimmed.slice(eq + 1).trim();
    if (!rules.namePattern.test(key)) throw new InputError(name, `${where}: name '${key}' is not valid`, rules.nameExpected, rules.example);
    const first = seen.get(key);
    if (first !== undefined) throw new InputError(name, `${where}: '${key}' is already set on line ${first}`, 'each name at most once', rules.example);
    if (rules.maxValueLength !== undefined && value.length > rules.maxValueLength) {
      throw new InputError(name, `${where}: the value of '${key}' is ${value.length} characters long`, `at most ${rules.maxValueLength} characters`, rules.example);
    }
    const problem = rules.checkValue?.(value, key);
    if (problem !== undefined) throw new InputError(name, `${where}: ${problem}`, rules.nameExpected, rules.example);
    seen.set(key, line);
    out.push({ name: key, value, line });
  });
  if (rules.maxItems !== undefined && out.length > rules.maxItems) {
    throw new InputError(name, `has ${out.length} entries`, `at most ${rules.maxItems}`, rules.example);
  }
  return out;
}
