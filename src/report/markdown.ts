/**
 * The one way to put text into a job summary. Plain strings are always escaped (HTML, Markdown
 * punctuation, line breaks) and redacted of registered secrets; only values built here (Html)
 * are markup. Every block is followed by a blank line, so an HTML block (a table, a paragraph)
 * never swallows what comes after it, and tables hold one line per row, so no value can end
 * them early: the summary renders the same on GitHub as under any CommonMark renderer.
 */
import { redact } from './secrets.js';

/** Markup made by this module; never constructed from outside text. */
class Markup {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
  toString(): string {
    return this.html;
  }
}
export type Html = Markup;
/** Text (escaped when rendered) or markup made here. */
export type Inline = string | Html;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
  '#': '&#35;',
};

/**
 * Text for anywhere in a summary: a table cell, a paragraph, a heading, an attribute value.
 * One line; HTML and the punctuation Markdown acts on become character references, which both
 * HTML and Markdown show as the character itself.
 */
export function escapeText(value: string): string {
  return redact(value)
    .replace(/\r\n|[\r\n\t\f\v]/g, ' ')
    .replace(/[&<>"'|`*_[\]\\~#]/g, (c) => ENTITIES[c] as string);
}

export function isHtml(value: unknown): value is Html {
  return value instanceof Markup;
}

/** The HTML of an inline value: markup as is (on one line), text escaped. */
export function inline(value: Inline): string {
  return isHtml(value) ? value.html.replace(/\r?\n/g, ' ') : escapeText(value);
}

/** Markup from a template: the literal parts are trusted, every interpolated value is escaped unless it is Html. */
export function html(parts: TemplateStringsArray, ...values: (Inline | number)[]): Html {
  let out = parts[0] ?? '';
  values.forEach((v, i) => {
    out += (typeof v === 'number' ? String(v) : inline(v)) + (parts[i + 1] ?? '');
  });
  return new Markup(out);
}

/** Several inline values side by side, separated by `separator` (text or markup). */
export function join(values: Inline[], separator: Inline = ' '): Html {
  return new Markup(values.map(inline).join(inline(separator)));
}

/** A code span: the value as typed, escaped, in <code>. */
export function code(value: string): Html {
  return html`<code>${value}</code>`;
}

/** Bold text. */
export function strong(value: Inline): Html {
  return html`<b>${value}</b>`;
}

/** A link when `url` is http(s); otherwise only the label (nothing else is a safe href). */
export function link(url: string | undefined, label: Inline): Html {
  if (url === undefined || !/^https?:\/\//i.test(url)) return html`${label}`;
  return html`<a href="${url}">${label}</a>`;
}

/** Multi-line text as one inline value, its lines joined by <br>. */
export function lines(value: string): Html {
  return join(value.replace(/\r?\n$/, '').split(/\r?\n/), new Markup('<br>'));
}

/** A fence longer than any run of backticks in `text`, so the text cannot close it. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** A job summary under construction: blocks separated by blank lines. */
export class SummaryDoc {
  private readonly blocks: string[] = [];

  /** A Markdown ATX heading (levels 1 to 6). */
  heading(value: Inline, level = 3): this {
    const n = Math.min(6, Math.max(1, Math.round(level)));
    return this.add(`${'#'.repeat(n)} ${inline(value)}`);
  }

  paragraph(...values: Inline[]): this {
    return values.length === 0 ? this : this.add(`<p>${values.map(inline).join('')}</p>`);
  }

  /** An HTML table: a header row, then one line per row. Cells are text or markup made here. */
  table(header: Inline[], rows: Inline[][]): this {
    const row = (cells: Inline[], tag: 'th' | 'td'): string => `<tr>${cells.map((c) => `<${tag}>${inline(c)}</${tag}>`).join('')}</tr>`;
    return this.add(['<table>', row(header, 'th'), ...rows.map((r) => row(r, 'td')), '</table>'].join('\n'));
  }

  /** A fenced code block; `text` is shown as is (secrets redacted). */
  codeBlock(text: string, language = ''): this {
    const body = redact(text).replace(/\r\n?/g, '\n').replace(/\n$/, '');
    const fence = fenceFor(body);
    const info = /^[A-Za-z0-9_+-]*$/.test(language) ? language : '';
    return this.add(`${fence}${info}\n${body}\n${fence}`);
  }

  /** A collapsed section holding another document. */
  details(label: Inline, body: SummaryDoc): this {
    this.add(`<details><summary>${inline(label)}</summary>`);
    for (const block of body.blocks) this.blocks.push(block);
    return this.add('</details>');
  }

  isEmpty(): boolean {
    return this.blocks.length === 0;
  }

  /** The Markdown text: every block followed by a blank line. */
  toString(): string {
    return this.blocks.map((b) => `${b}\n\n`).join('');
  }

  private add(block: string): this {
    this.blocks.push(block);
    return this;
  }
}
