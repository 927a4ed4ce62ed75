/** Multi-line `NAME=VALUE` list inputs (variables, source-revisions, images, workflow-parameters). Pure. */
import { InputError } from '../errors.js';
import { describeHidden, hiddenChars, type HiddenPolicy } from '../util/hidden-chars.js';
import { quote } from './parse.js';

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
  /** Hidden characters a value may hold: 'none' for references (images, revisions), 'text' for free values. */
  valueHidden: HiddenPolicy;
  /** Check the value; return a problem description or undefined. */
  checkValue?: (value: string, name: string) => string | undefined;
}

/**
 * One NAME=VALUE per line. Blank lines and lines starting with `#` are skipped. Errors name the
 * input and the 1-based line.
 */
export function pairs(name: string, raw: string, rules: PairRules): Pair[] {
  const out: Pair[] = [];
  const seen = new Map<string, number>();
  raw.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const pair = onePair(name, trimmed, line, rules);
    const first = seen.get(pair.name);
    if (first !== undefined) throw new InputError(name, `line ${line} (${quote(trimmed, 60)}): '${pair.name}' is already set on line ${first}`, 'each name at most once', rules.example);
    seen.set(pair.name, line);
    out.push(pair);
  });
  if (rules.maxItems !== undefined && out.length > rules.maxItems) {
    throw new InputError(name, `has ${out.length} entries`, `at most ${rules.maxItems}`, rules.example);
  }
  return out;
}

function onePair(name: string, trimmed: string, line: number, rules: PairRules): Pair {
  const where = `line ${line} (${quote(trimmed, 60)})`;
  const eq = trimmed.indexOf('=');
  if (eq <= 0) throw new InputError(name, `${where} has no NAME=VALUE`, 'one NAME=VALUE per line', rules.example);
  const key = trimmed.slice(0, eq).trim();
  const value = trimmed.slice(eq + 1).trim();
  if (!rules.namePattern.test(key)) {
    const hiddenInName = hiddenChars(key);
    throw new InputError(name, `${where}: the name ${quote(key)} is not valid${hiddenInName.length > 0 ? `; it ${describeHidden(hiddenInName)}` : ''}`, rules.nameExpected, rules.example);
  }
  const hidden = hiddenChars(value, rules.valueHidden);
  if (hidden.length > 0) throw new InputError(name, `${where}: the value of '${key}' ${describeHidden(hidden)}`, 'values without hidden characters (type them again rather than copying them)', rules.example);
  if (rules.maxValueLength !== undefined && value.length > rules.maxValueLength) {
    throw new InputError(name, `${where}: the value of '${key}' is ${value.length} characters long`, `at most ${rules.maxValueLength} characters`, rules.example);
  }
  const problem = rules.checkValue?.(value, key);
  if (problem !== undefined) throw new InputError(name, `${where}: ${problem}`, rules.nameExpected, rules.example);
  return { name: key, value, line };
}
