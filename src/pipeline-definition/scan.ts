/**
 * Every key and string of a declaration: no credentials (the file is committed, and the values
 * are shown in diffs), no hidden characters (a name or value would not be the one it reads as).
 * Free text (descriptions, CustomData, parameter overrides, commands) may hold tabs and line breaks;
 * names and other configuration values hold nothing hidden. Pure.
 */
import { findSecrets } from '../aphex/secrets.js';
import { error, pathLabel, type DeclPath, type Issue } from './model.js';
import { isObj } from '../util/guards.js';
import { describeHidden, hiddenChars, type HiddenPolicy } from '../util/hidden-chars.js';

export interface ScanResult {
  issues: Issue[];
  /** Credential values found, for the caller to mask before anything is printed. */
  secrets: string[];
}

/** Fields of free text; every other string (names, and most configuration values) is an identifier. */
const FREE_TEXT = new Set(['description', 'defaultValue', 'value', 'CustomData', 'UserParameters', 'ParameterOverrides', 'EnvironmentVariables']);

export function scanStrings(decl: unknown): ScanResult {
  const out: ScanResult = { issues: [], secrets: [] };
  walk(decl, [], decl, out);
  return out;
}

function policyOf(path: DeclPath): HiddenPolicy {
  if (path.includes('commands')) return 'command';
  const last = path[path.length - 1];
  return typeof last === 'string' && FREE_TEXT.has(last) ? 'text' : 'none';
}

function walk(value: unknown, path: DeclPath, root: unknown, out: ScanResult): void {
  if (typeof value === 'string') return check(value, path, root, out, false);
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i], root, out));
  if (!isObj(value)) return;
  for (const [key, v] of Object.entries(value)) {
    check(key, [...path, key], root, out, true);
    walk(v, [...path, key], root, out);
  }
}

function check(text: string, path: DeclPath, root: unknown, out: ScanResult, atKey: boolean): void {
  const found = hiddenChars(text, atKey ? 'none' : policyOf(path));
  const first = found[0];
  const where = atKey ? `Key '${path[path.length - 1]}' of ${pathLabel(root, path.slice(0, -1))}` : pathLabel(root, path);
  if (first !== undefined) {
    out.issues.push(error(path, 'hidden-character', `${where} ${describeHidden(found)}: CodePipeline would receive it, while logs and editors do not show it. Remove it (such characters arrive with text copied from web pages and chats).`, { atKey, text: first.char }));
  }
  const secrets = findSecrets(text);
  for (const s of secrets) out.secrets.push(s.value);
  for (const kind of new Set(secrets.map((s) => s.kind))) {
    out.issues.push(error(path, 'credential', `${where} holds what looks like ${kind}: a pipeline declaration is committed and its values appear in diffs. Remove it, rotate it, and keep it in Secrets Manager (an environment variable of type SECRETS_MANAGER, or a connection for source actions).`, { atKey }));
  }
}
