/**
 * Parses aphex-config.yaml keeping source ranges, and turns config paths into file positions.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { DEPTH_EXPLANATION, MAX_DEPTH, tooDeepOffset, tooDeepPath } from './depth.js';
import type { ConfigPath } from './model.js';
import { escapeHidden } from '../util/hidden-chars.js';

export interface Position {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export interface YamlProblem {
  position: Position;
  message: string;
  rule: string;
}

export interface ParsedSource {
  /** The file's text. */
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data (undefined for an empty file). */
  data: unknown;
  /** Syntax problems; duplicate keys are among them but do not stop validation. */
  problems: YamlProblem[];
  /** True when the YAML is too broken for the schema and rules to say anything useful. */
  fatal: boolean;
}

/** `what` names the document in messages (a file of several documents is one problem). */
export function parseSource(text: string, what = 'an AphexPipeline config'): ParsedSource {
  const deep = tooDeepOffset(text);
  if (deep !== undefined) return tooDeep(text, deep);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const at = (start: number, end: number): Position => span(lineCounter, start, end);
  const problems: YamlProblem[] = doc.errors.map((e) =>
    e.code === 'DUPLICATE_KEY'
      ? { position: at(e.pos[0], e.pos[1]), message: `Duplicate key: ${describeKeyAt(text, e.pos[0])}appears more than once in this mapping; YAML keeps only one of them.`, rule: 'duplicate-key' }
      : { position: at(e.pos[0], e.pos[1]), message: `YAML syntax: ${e.code === 'MULTIPLE_DOCS' ? `the file holds more than one YAML document ('---'); ${what} is one document.` : firstLine(e.message)}`, rule: 'yaml-syntax' },
  );
  const src: ParsedSource = { text, doc, lineCounter, data: undefined, problems, fatal: problems.some((p) => p.rule === 'yaml-syntax') };
  if (!src.fatal) compose(src);
  return src;
}

/** Sets src.data, or a fatal problem when the aliases expand too far or too deep. */
function compose(src: ParsedSource): void {
  try {
    src.data = src.doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    src.fatal = true;
    const message = e instanceof RangeError ? `Aliases nest collections too deeply to be read. ${DEPTH_EXPLANATION}` : `YAML: ${firstLine((e as Error).message)}`;
    src.problems.push({ position: span(src.lineCounter, 0, 0), message, rule: e instanceof RangeError ? 'nesting' : 'yaml-syntax' });
    return;
  }
  const path = tooDeepPath(src.data);
  if (path === undefined) return;
  src.fatal = true;
  src.data = undefined;
  src.problems.push({ position: positionOf(src, path), message: `Aliases nest collections more than ${MAX_DEPTH} levels deep here. ${DEPTH_EXPLANATION}`, rule: 'nesting' });
}

/** The one problem of a file nested too deeply; the YAML is not composed at all. */
function tooDeep(text: string, offset: number): ParsedSource {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const message = `Mappings and lists are nested more than ${MAX_DEPTH} levels deep here. ${DEPTH_EXPLANATION}`;
  return { text, doc: parseDocument(''), lineCounter, data: undefined, problems: [{ position: span(lineCounter, offset, offset + 1), message, rule: 'nesting' }], fatal: true };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function describeKeyAt(text: string, offset: number): string {
  const m = /^(?:"[^"\n]*"|'[^'\n]*'|[^:\n#]+)/.exec(text.slice(offset, offset + 200));
  const key = m ? m[0].trim() : '';
  return key === '' ? '' : `'${escapeHidden(key.replace(/^["']|["']$/g, ''))}' `;
}

function span(lc: LineCounter, start: number, end: number): Position {
  const a = lc.linePos(start);
  const b = lc.linePos(Math.max(start, end));
  return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
}

/**
 * The position of `path` in the document: the value node, or its key when `atKey`. Falls back to
 * the deepest ancestor that exists (e.g. the mapping that lacks a required key).
 */
export function positionOf(src: ParsedSource, path: ConfigPath, atKey = false): Position {
  const range = rangeOf(src, path, atKey);
  return range ? span(src.lineCounter, range[0], range[1]) : span(src.lineCounter, 0, 0);
}

/**
 * The position of `char` inside the value (or key) at `path`: its first literal occurrence in
 * the source, else the first YAML escape (`\0`, `\a`, `\x07`, `\u200b`, …) that stands for it.
 * Falls back to the value's position.
 */
export function positionOfChar(src: ParsedSource, path: ConfigPath, char: string, atKey = false): Position {
  const range = rangeOf(src, path, atKey);
  if (!range) return span(src.lineCounter, 0, 0);
  const source = src.text.slice(range[0], range[1]);
  let at = source.indexOf(char);
  if (at < 0) at = escapeOffset(source, char);
  if (at < 0) return span(src.lineCounter, range[0], range[1]);
  const start = range[0] + at;
  return span(src.lineCounter, start, start + 1);
}

const NAMED_ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };

/** Offset in `source` of the first YAML escape sequence that decodes to `char`, or -1. */
function escapeOffset(source: string, char: string): number {
  const re = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gsu;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    const body = m[1] as string;
    const decoded = body.length > 1 ? String.fromCodePoint(parseInt(body.slice(1), 16)) : (NAMED_ESCAPES[body] ?? body);
    if (decoded === char) return m.index;
  }
  return -1;
}

/** The source range of the node at `path` (see positionOf). */
function rangeOf(src: ParsedSource, path: ConfigPath, atKey: boolean): [number, number] | undefined {
  let node: unknown = src.doc.contents;
  let keyNode: unknown;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) break;
    keyNode = next.key;
    node = next.value;
  }
  const target = (atKey && keyNode ? keyNode : node) as Node | null | undefined;
  const range = target && 'range' in target ? target.range : undefined;
  return range ? [range[0], range[1]] : undefined;
}

function child(node: unknown, segment: string | number): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
    return pair && pair.value !== null ? { key: pair.key, value: pair.value } : pair ? { key: pair.key, value: pair.key } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}
