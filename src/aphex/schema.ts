/**
 * Checks the config against schemas/aphex-config.schema.json and turns every ajv error into a
 * ConfigIssue a person can act on. The validator is ajv's standalone code for the schema,
 * generated ahead of time (test/aphex/generate-validator.ts) so startup compiles nothing.
 */
import type { ErrorObject } from 'ajv';
import { validate as generated } from './schema-validator.generated.js';
import type { ConfigIssue, ConfigPath } from './model.js';
import { short, suggestion } from './names.js';
import { KNOWN_REGIONS } from './regions.js';
import { escapeHidden } from '../util/hidden-chars.js';

interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const validator = (): Validator => generated as Validator;

/** Every schema violation of `data`, one issue per ajv error (deduplicated). */
export function schemaIssues(data: unknown): ConfigIssue[] {
  const validate = validator();
  if (validate(data)) return [];
  const seen = new Set<string>();
  const issues: ConfigIssue[] = [];
  const errors = validate.errors ?? [];
  // A wrong type is the root cause; other complaints about the same value are noise.
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const error of errors) {
    if (error.keyword !== 'type' && typed.has(error.instancePath) && error.keyword !== 'required' && error.keyword !== 'additionalProperties') continue;
    const issue = describe(error);
    if (!issue) continue;
    const id = `${issue.path.join('/')}|${issue.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    issues.push(issue);
  }
  return issues;
}

function pointerToPath(pointer: string): ConfigPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** A readable location: `environments[1].stacks[0].name`. */
export function pathText(path: ConfigPath): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out === '' ? escapeHidden(s) : `.${escapeHidden(s)}`;
  return out === '' ? 'the file' : out;
}

function fieldOf(path: ConfigPath): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof last === 'number') return parent === 'commands' ? 'command' : parent === 'dependsOn' ? 'dependsOn-item' : String(parent);
  if (parent === 'images') return 'image';
  if (last === 'name' && path.includes('stacks')) return 'stack-name';
  if (last === 'name' && path[0] === 'environments') return 'environment-name';
  return String(last ?? '');
}

const PATTERN_HELP: Record<string, (value: string) => string> = {
  region: (v) => `Region '${v}' is not an AWS region code like eu-west-1.${suggestion(v, KNOWN_REGIONS)}`,
  account: (v) => `Account '${v}' is not an AWS account id: it must be exactly 12 digits.`,
  'stack-name': (v) => `Stack name '${v}' is not a CloudFormation stack name: start with a letter, then letters, digits and '-' (at most 128 characters).`,
  image: (v) => `Image '${v}' is not a container image reference like public.ecr.aws/org/name:1.2.3 or name@sha256:<64 hex digits>.`,
  roleName: (v) => `roleName '${v}' is not an IAM role name: 1 to 64 characters of letters, digits and +=,.@_-.`,
  serviceAccount: (v) => `serviceAccount '${v}' is not a Kubernetes service account name (lower-case letters, digits, '-' and '.').`,
  artifactBucket: (v) => `artifactBucket '${v}' is not an S3 bucket name (3 to 63 lower-case letters, digits, '.' and '-').`,
};

const QUOTE_HELP = "Quote the text: in plain YAML a ': ' (colon and space) makes it a mapping.";

const TYPE_HELP: Record<string, string> = {
  account: 'Quote the account id so YAML keeps it as text (a leading 0 would be lost): account: "012345678901".',
  version: 'Quote it: version: "1.0".',
  approval: 'Use true or false.',
};

function describe(e: ErrorObject): ConfigIssue | undefined {
  const path = pointerToPath(e.instancePath);
  const where = pathText(path);
  const field = fieldOf(path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: Record<string, unknown> }).properties ?? {});
      const hint = suggestion(key, known) || ` Known keys here: ${known.join(', ')}.`;
      return { path: [...path, key], atKey: true, rule: 'unknown-key', message: `Unknown key '${escapeHidden(key)}' in ${where}.${hint}` };
    }
    case 'required':
      return { path, rule: 'required', message: `${where === 'the file' ? 'The file' : where} is missing the required key '${String(p.missingProperty)}'.` };
    case 'type': {
      const help = TYPE_HELP[field] ?? (p.type === 'string' && kindOf(e.data) === 'a mapping' ? QUOTE_HELP : undefined);
      return { path, rule: 'type', message: `${where} must be ${article(String(p.type))}, not ${kindOf(e.data)}.${help ? ' ' + help : ''}` };
    }
    case 'const':
      return { path, rule: 'version', message: `Unsupported version ${JSON.stringify(e.data)}: this action reads version "1.0" (quoted).` };
    case 'pattern': {
      const help = PATTERN_HELP[field];
      return { path, rule: 'format', message: help ? help(short(String(e.data))) : `${where} '${short(String(e.data))}' does not match ${String(p.pattern)}.` };
    }
    case 'minItems':
      return { path, rule: 'empty-list', message: `${where} must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}.` };
    case 'minLength':
      return { path, rule: field === 'command' ? 'empty-command' : 'empty-value', message: `${where} must not be empty.` };
    case 'maxLength':
      return { path, rule: 'too-long', message: `${where} is ${String(e.data).length} characters long; at most ${String(p.limit)} are allowed.` };
    case 'uniqueItems':
      return { path, rule: 'duplicate', message: `${where} lists the same entry twice (items ${String(p.j)} and ${String(p.i)}).` };
    default:
      return { path, rule: e.keyword, message: `${where} ${e.message ?? 'is invalid'}.` };
  }
}

function article(type: string): string {
  const word = type === 'object' ? 'mapping' : type === 'array' ? 'list' : type;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  return `a ${typeof v}`;
}
