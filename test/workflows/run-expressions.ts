/**
 * Finds `${{ … }}` inside the script of a `run:` step, in workflow files and in the YAML code
 * blocks of Markdown docs. GitHub substitutes such an expression into the script text before the
 * shell reads it, so a value like a branch name or a stack output becomes shell code (script
 * injection). The safe form passes the value through `env:` and reads `"$NAME"` in the script.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';

export interface RunExpression {
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The expression as written, `${{ … }}`. */
  expression: string;
}

export interface YamlSource {
  file: string;
  text: string;
  /** Line of `text`'s first line in `file` (1 for a whole file, more for a Markdown code block). */
  firstLine: number;
}

/** The ```yaml / ```yml code blocks of a Markdown text, each with the line its content starts on. */
export function yamlBlocks(file: string, markdown: string): YamlSource[] {
  const blocks: YamlSource[] = [];
  const lines = markdown.split('\n');
  let open: { fence: string; start: number; yaml: boolean } | undefined;
  let body: string[] = [];
  lines.forEach((line, i) => {
    if (!open) {
      const m = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
      if (m) {
        open = { fence: m[1] as string, start: i + 2, yaml: /^ya?ml$/i.test(m[2] ?? '') };
        body = [];
      }
      return;
    }
    const closing = line.trim();
    if (closing.length >= open.fence.length && [...closing].every((c) => c === open?.fence[0])) {
      if (open.yaml) blocks.push({ file, text: body.join('\n'), firstLine: open.start });
      open = undefined;
      return;
    }
    body.push(line);
  });
  return blocks;
}

/** Every `${{` that sits in the value of a `run` key, anywhere in the YAML source. */
export function runExpressions(source: YamlSource): RunExpression[] {
  const counter = new LineCounter();
  const found: RunExpression[] = [];
  const docs = parseAllDocuments(source.text, { lineCounter: counter });
  const list = Array.isArray(docs) ? docs : [];
  if (!Array.isArray(docs) || list.some((d) => d.errors.length > 0)) {
    // Not parseable as YAML: fall back to the text, so a broken snippet cannot hide an injection.
    return textScan(source);
  }
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'run' && isScalar(pair.value)) report(pair.value);
        if (isPair(pair)) visit(pair.value);
      }
    } else if (isSeq(node)) node.items.forEach(visit);
  };
  const report = (value: Node): void => {
    const [start, , end] = value.range ?? [0, 0, 0];
    const raw = source.text.slice(start, end);
    const matches = [...raw.matchAll(/\$\{\{[\s\S]*?(\}\}|$)/g)];
    if (matches.length === 0 && String((value as { value?: unknown }).value ?? '').includes('${{')) {
      found.push({ file: source.file, line: source.firstLine + counter.linePos(start).line - 1, expression: '${{' });
    }
    for (const m of matches) {
      found.push({ file: source.file, line: source.firstLine + counter.linePos(start + (m.index ?? 0)).line - 1, expression: m[0].split('\n')[0] as string });
    }
  };
  for (const doc of list) visit(doc.contents);
  return found;
}

/** Line-based fallback: a `run:` line (or its block-scalar body) that contains `${{`. */
function textScan(source: YamlSource): RunExpression[] {
  const found: RunExpression[] = [];
  const lines = source.text.split('\n');
  let blockIndent = -1;
  lines.forEach((line, i) => {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0 && line.trim() !== '' && indent <= blockIndent) blockIndent = -1;
    const run = /^(\s*)(?:-\s+)?run:\s*(.*)$/.exec(line);
    const inScript = blockIndent >= 0 || run !== null;
    if (run) blockIndent = /^[|>]/.test(run[2] ?? '') ? indent : -1;
    const m = /\$\{\{[^}]*\}?\}?/.exec(line);
    if (inScript && m) found.push({ file: source.file, line: source.firstLine + i, expression: m[0] });
  });
  return found;
}

/** README.md, docs/*.md (YAML code blocks), examples/*.yml and .github/workflows/*.yml. */
export function projectYamlSources(root: string): YamlSource[] {
  const list = (dir: string, re: RegExp): string[] =>
    existsSync(path.join(root, dir))
      ? readdirSync(path.join(root, dir))
          .filter((f) => re.test(f))
          .sort()
          .map((f) => path.posix.join(dir, f))
      : [];
  const markdown = ['README.md', ...list('docs', /\.md$/)];
  const yamlFiles = [...list('examples', /\.ya?ml$/), ...list('.github/workflows', /\.ya?ml$/)];
  return [
    ...markdown.flatMap((f) => yamlBlocks(f, readFileSync(path.join(root, f), 'utf8'))),
    ...yamlFiles.map((f) => ({ file: f, text: readFileSync(path.join(root, f), 'utf8'), firstLine: 1 })),
  ];
}
