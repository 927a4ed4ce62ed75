/**
 * The structural check of a declaration against shapes.ts: unknown keys (with "did you mean"),
 * missing keys, wrong types, allowed values, lengths, characters and list sizes. Every problem
 * found, none stops the walk. Pure.
 */
import { closest, error, pathLabel, shown, type DeclPath, type Issue } from './model.js';
import { shapeOf, type Field, type IntegerField, type ShapeName, type StringField } from './shapes.js';
import { isObj } from '../util/guards.js';
import { escapeHidden } from '../util/hidden-chars.js';

/** Every structural problem of `data` as a `shape` (the whole declaration: 'pipeline'). */
export function structureIssues(data: unknown, shape: ShapeName, path: DeclPath = [], root: unknown = data): Issue[] {
  const issues: Issue[] = [];
  walkShape(data, shape, path, { root, issues });
  return issues;
}

interface Walk {
  root: unknown;
  issues: Issue[];
}

const where = (w: Walk, path: DeclPath): string => pathLabel(w.root, path);

function walkShape(data: unknown, shape: ShapeName, path: DeclPath, w: Walk): void {
  if (!isObj(data)) {
    w.issues.push(error(path, 'type', `${where(w, path)} must be a mapping of keys to values, not ${kindOf(data)}.`));
    return;
  }
  const { fields, required } = shapeOf(shape);
  const known = Object.keys(fields);
  for (const key of required) {
    if (data[key] === undefined || data[key] === null) w.issues.push(error(path, 'required', `${where(w, path)} is missing the required key '${key}': add it.`));
  }
  for (const [key, value] of Object.entries(data)) {
    const field = fields[key];
    if (field === undefined) {
      const hint = closest(key, known) || closest(key.replace(/[_-]/g, ''), known) || ` Known keys here: ${known.join(', ')}.`;
      w.issues.push(error([...path, key], 'unknown-key', `Unknown key '${escapeHidden(key)}' in ${where(w, path)}: CodePipeline has no such field here.${hint}`, { atKey: true }));
      continue;
    }
    if (value === null && !required.includes(key)) continue;
    walkField(value, field, [...path, key], w);
  }
}

function walkField(value: unknown, field: Field, path: DeclPath, w: Walk): void {
  switch (field.kind) {
    case 'object':
      return walkShape(value, field.shape, path, w);
    case 'string':
      return checkString(value, field, path, w);
    case 'integer':
      return checkInteger(value, field, path, w);
    case 'list': {
      if (!Array.isArray(value)) return void w.issues.push(error(path, 'type', `${where(w, path)} must be a list, not ${kindOf(value)}.`));
      if (field.min !== undefined && value.length < field.min) {
        w.issues.push(error(path, 'limit', `${where(w, path)} is empty: CodePipeline requires ${field.what} here (at least ${field.min}).`));
      }
      if (field.max !== undefined && value.length > field.max) {
        w.issues.push(error(path, 'limit', `${where(w, path)} has ${value.length} ${field.what}: CodePipeline allows at most ${field.max}. Remove ${value.length - field.max}.`));
      }
      value.forEach((item, i) => walkField(item, field.item, [...path, i], w));
      return;
    }
    case 'map': {
      if (!isObj(value)) return void w.issues.push(error(path, 'type', `${where(w, path)} must be a mapping, not ${kindOf(value)}.`));
      const entries = Object.entries(value);
      if (field.max !== undefined && entries.length > field.max) w.issues.push(error(path, 'limit', `${where(w, path)} has ${entries.length} entries: CodePipeline allows at most ${field.max}.`));
      for (const [key, v] of entries) {
        checkLength(key, field.key, [...path, key], w, true);
        walkField(v, field.value, [...path, key], w);
      }
    }
  }
}

function checkString(value: unknown, field: StringField, path: DeclPath, w: Walk): void {
  if (typeof value !== 'string') {
    const quote = typeof value === 'number' || typeof value === 'boolean' ? ` Quote it: '${String(value)}' (CodePipeline reads every ${field.what} as text).` : '';
    w.issues.push(error(path, 'type', `${where(w, path)} must be a string, not ${kindOf(value)}.${quote}`));
    return;
  }
  if (field.values !== undefined) {
    if (!field.values.includes(value)) {
      w.issues.push(error(path, field.rule ?? 'enum', `${where(w, path)} is ${shown(value)}, which CodePipeline does not accept: the ${field.what} is one of ${field.values.join(', ')}.${closest(value, field.values)}`));
    }
    return;
  }
  if (!checkLength(value, field, path, w, false)) return;
  if (field.pattern && !field.pattern.test(value)) {
    const bad = [...new Set([...value].filter((c) => !field.pattern?.test(c)))];
    const listed = bad.length > 0 && bad.length <= 5 && field.chars?.startsWith('letters');
    const why = listed ? `it contains ${bad.map((c) => `'${escapeHidden(c)}'`).join(', ')}, and CodePipeline allows only ${field.chars}` : `CodePipeline expects ${field.chars ?? String(field.pattern)}`;
    w.issues.push(error(path, field.rule ?? 'format', `${where(w, path)} ${shown(value)} is not a valid ${field.what}: ${why}.`));
  }
}

/** Length within the field's bounds; false (and an issue) when not. Keys are checked as keys. */
function checkLength(value: string, field: StringField, path: DeclPath, w: Walk, atKey: boolean): boolean {
  const n = [...value].length;
  const what = atKey ? `Key ${shown(value, 40)} in ${where(w, path.slice(0, -1))}` : where(w, path);
  if (field.min !== undefined && n < field.min) {
    const is = n === 0 ? 'is empty' : `is ${n} character${n === 1 ? '' : 's'} long`;
    w.issues.push(error(path, n === 0 ? 'empty-value' : 'length', `${what} ${is}: CodePipeline needs at least ${field.min} character${field.min === 1 ? '' : 's'} here (${field.what}).`, { atKey }));
    return false;
  }
  if (field.max !== undefined && n > field.max) {
    w.issues.push(error(path, 'length', `${what} is ${n} characters long: CodePipeline allows at most ${field.max} here (${field.what}). Shorten it.`, { atKey }));
    return false;
  }
  return true;
}

function checkInteger(value: unknown, field: IntegerField, path: DeclPath, w: Walk): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    const unquote = typeof value === 'string' && /^\d+$/.test(value) ? ` Write it without quotes: ${field.what}: ${value}.` : '';
    w.issues.push(error(path, 'type', `${where(w, path)} must be a whole number, not ${kindOf(value)}.${unquote}`));
    return;
  }
  if (value < field.min || (field.max !== undefined && value > field.max)) {
    const range = field.max === undefined ? `at least ${field.min}` : `from ${field.min} to ${field.max}`;
    w.issues.push(error(path, field.rule ?? 'range', `${where(w, path)} is ${value}: CodePipeline accepts a ${field.what} ${range}.`));
  }
}

/** What a value is, in words. */
export function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  return `the text ${shown(v, 40)}`;
}
