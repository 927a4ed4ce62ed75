/**
 * aphex-config.yaml text → config, or every problem with its file position. Pure.
 */
import type { Problem } from '../errors.js';
import type { AphexConfig, ConfigIssue } from './model.js';
import { semanticIssues } from './rules.js';
import { findSecrets } from './secrets.js';
import { schemaIssues } from './schema.js';
import { parseSource, positionOf, positionOfChar, type ParsedSource } from './source.js';
import { dedupeProblems } from '../util/problems.js';

export interface ValidationResult {
  /** Present only when there are no problems. */
  config?: AphexConfig;
  /** Sorted by position. */
  problems: Problem[];
  /** Credential-looking values found in the file: mask them before printing anything. */
  secrets: string[];
}

/**
 * Validates the text of a config file. `file` is the path as the user gave it; it is copied
 * into every problem so annotations point at the file.
 */
export function validateConfigText(text: string, file: string): ValidationResult {
  const src = parseSource(text);
  // Anything credential-like in the raw text is handed back for masking, even if it does not parse.
  const raw = findSecrets(text).map((f) => f.value);
  const problems: Problem[] = src.problems.map((p) => ({ file, ...p.position, message: p.message, rule: p.rule }));
  if (src.fatal) return { problems: sortProblems(problems), secrets: raw };
  if (src.data === undefined || src.data === null) {
    problems.push({ file, line: 1, col: 1, message: 'The config file is empty: it needs version, build and environments (see docs/config.md).', rule: 'required' });
    return { problems: sortProblems(problems), secrets: raw };
  }
  const rules = semanticIssues(src.data);
  const issues: ConfigIssue[] = [...withoutEchoes(schemaIssues(src.data), rules.issues), ...rules.issues];
  for (const issue of issues) problems.push(toProblem(src, file, issue));
  const sorted = sortProblems(dedupeProblems(problems));
  const secrets = [...new Set([...raw, ...rules.secrets])];
  return sorted.length === 0 ? { config: src.data as AphexConfig, problems: [], secrets } : { problems: sorted, secrets };
}

/** Schema complaints about a value or key whose real problem is a hidden character (reported by the rules). */
function withoutEchoes(schema: ConfigIssue[], rules: ConfigIssue[]): ConfigIssue[] {
  const hidden = new Set(rules.filter((i) => i.rule === 'hidden-character').map((i) => JSON.stringify(i.path)));
  return schema.filter((i) => !((i.rule === 'format' || i.rule === 'unknown-key') && hidden.has(JSON.stringify(i.path))));
}

function toProblem(src: ParsedSource, file: string, issue: ConfigIssue): Problem {
  const pos = issue.char === undefined ? positionOf(src, issue.path, issue.atKey) : positionOfChar(src, issue.path, issue.char, issue.atKey);
  return { file, ...pos, message: issue.message, rule: issue.rule };
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.col - b.col);
}
