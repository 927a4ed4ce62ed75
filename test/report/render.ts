/**
 * Renders a job summary the way GitHub does (CommonMark, raw HTML passed through) and reads the
 * result back with a spec-compliant HTML parser, so tests see what a browser shows.
 */
import { HtmlRenderer, Parser } from 'commonmark';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export interface Rendered {
  html: string;
  root: DefaultTreeAdapterMap['documentFragment'];
}

export function render(markdown: string): Rendered {
  const html = new HtmlRenderer().render(new Parser().parse(markdown));
  return { html, root: parseFragment(html) };
}

function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

function childrenOf(n: Node): Node[] {
  if ('content' in n) return n.content.childNodes;
  return 'childNodes' in n ? n.childNodes : [];
}

/** Every element, depth first. */
export function allElements(n: Node): Element[] {
  return childrenOf(n).flatMap((c) => (isElement(c) ? [c, ...allElements(c)] : []));
}

export function elements(n: Node, tag: string): Element[] {
  return allElements(n).filter((e) => e.tagName === tag);
}

/** The text of a node as is (character references decoded, tags dropped): what a <pre> shows. */
export function rawTextOf(n: Node): string {
  return 'value' in n && n.nodeName === '#text' ? n.value : childrenOf(n).map(rawTextOf).join('');
}

/** The text a reader sees of flowing content: rawTextOf with whitespace collapsed. */
export function textOf(n: Node): string {
  return rawTextOf(n).replace(/\s+/g, ' ').trim();
}

/** Each table as rows of cell texts (th and td alike). */
export function tables(n: Node): string[][][] {
  return elements(n, 'table').map((t) => elements(t, 'tr').map((tr) => allElements(tr).filter((e) => e.tagName === 'td' || e.tagName === 'th').map(textOf)));
}

/** Headings as [level, text]. */
export function headings(n: Node): [number, string][] {
  return allElements(n)
    .filter((e) => /^h[1-6]$/.test(e.tagName))
    .map((e) => [Number(e.tagName.slice(1)), textOf(e)]);
}

/** The top-level blocks in order, as tag names (e.g. ['h3', 'p', 'table']). */
export function blocks(r: Rendered): string[] {
  return r.root.childNodes.filter(isElement).map((e) => e.tagName);
}

/** Tag names of every element, to check nothing but the expected markup came out. */
export function tagNames(n: Node): Set<string> {
  return new Set(allElements(n).map((e) => e.tagName));
}
