/**
 * Parses aphex-config.yaml keeping source ranges, and turns config paths into file positions.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ConfigPath } from './model.js';

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
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data (undefined for an empty file). */
  data: unknown;
  /** Syntax problems; duplicate keys are among them but do not stop validation. */
  problems: YamlProblem[];
  /** True when the YAML is too broken for the schema and rules to say anything useful. */
  fatal: boolean;
}

export function parseSource(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const at = (start: number, end: number): Position => span(lineCounter, start, end);
  const problems: YamlProblem[] = doc.errors.map((e) =>
    e.code === 'DUPLICATE_KEY'
      ? { position: at(e.pos[0], e.pos[1]), message: `Duplicate key: ${describeKeyAt(text, e.pos[0])}appears more than once in this mapping; YAML keeps only one of them.`, rule: 'duplicate-key' }
      : { position: at(e.pos[0], e.pos[1]), message: `YAML syntax: ${e.code === 'MULTIPLE_DOCS' ? "the file holds more than one YAML document ('---'); an AphexPipeline config is one document." : firstLine(e.message)}`, rule: 'yaml-syntax' },
  );
  let fatal = problems.some((p) => p.rule === 'yaml-syntax');
  let data: unknown;
  if (!fatal) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      fatal = true;
      problems.push({ position: at(0, 0), message: `YAML: ${firstLine((e as Error).message)}`, rule: 'yaml-syntax' });
    }
  }
  return { doc, lineCounter, data, problems, fatal };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function describeKeyAt(text: string, offset: number): string {
  const m = /^(?:"[^"\n]*"|'[^'\n]*'|[^:\n#]+)/.exec(text.slice(offset, offset + 200));
  const key = m ? m[0].trim() : '';
  return key === '' ? '' : `'${key.replace(/^["']|["']$/g, '')}' `;
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
  if (!range) return span(src.lineCounter, 0, 0);
  return span(src.lineCounter, range[0], range[1]);
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
