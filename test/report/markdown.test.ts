/** The one escaper and the summary blocks, checked by rendering them as GitHub does. */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { code, escapeText, html, join, link, lines, strong, SummaryDoc } from '../../src/report/markdown.ts';
import { blocks, elements, headings, rawTextOf, render, tables, tagNames, textOf } from './render.ts';

/** What a reader sees of a value given as text: the same characters, on one line. */
const seen = (value: string): string => value.replace(/\r\n|[\r\n\t\f\v]/g, ' ').replace(/\s+/g, ' ').trim();

/** Strings rich in what Markdown and HTML act on. */
const nasty = fc.string({ unit: fc.oneof(fc.constantFrom(...'ab |`*_[]()\\~#<>&"\'!-+=.:\n\r\t{}'.split('')), fc.string({ maxLength: 3 })), maxLength: 40 });

describe('escapeText', () => {
  test('HTML and Markdown punctuation become character references, line breaks spaces', () => {
    expect(escapeText('a|b `c` <script>x</script> & *d* _e_ [f](g) \\ ~h~ #1\nnext')).toBe(
      'a&#124;b &#96;c&#96; &lt;script&gt;x&lt;/script&gt; &amp; &#42;d&#42; &#95;e&#95; &#91;f&#93;(g) &#92; &#126;h&#126; &#35;1 next',
    );
  });
  test('plain text stays as it is', () => {
    expect(escapeText('arn:aws:iam::123456789012:role/deploy-prod (eu-west-1) → 3.5s')).toBe('arn:aws:iam::123456789012:role/deploy-prod (eu-west-1) → 3.5s');
  });
});

describe('values cannot break out of where they are put', () => {
  test('a table cell holds exactly its value, whatever it is', () => {
    fc.assert(
      fc.property(nasty, nasty, (a, b) => {
        const r = render(new SummaryDoc().table(['A', 'B'], [[a, b]]).paragraph('after').toString());
        expect(tables(r.root)).toEqual([[['A', 'B'], [seen(a), seen(b)]]]);
        expect(blocks(r)).toEqual(['table', 'p']);
        expect(tagNames(r.root)).toEqual(new Set(['table', 'tbody', 'tr', 'th', 'td', 'p']));
      }),
      { numRuns: 300 },
    );
  });
  test('a heading and a code span hold exactly their text', () => {
    fc.assert(
      fc.property(nasty, nasty, (a, b) => {
        const r = render(new SummaryDoc().heading(html`${a} ${code(b)}`, 3).paragraph(code(b)).toString());
        expect(headings(r.root)).toEqual([[3, seen(`${a} ${seen(b)}`)]]);
        expect(elements(r.root, 'code').map(textOf)).toEqual([seen(b), seen(b)]);
        expect(tagNames(r.root)).toEqual(new Set(['h3', 'code', 'p']));
      }),
      { numRuns: 300 },
    );
  });
  test('a code block shows its text verbatim, however many backticks it holds', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
        const r = render(new SummaryDoc().codeBlock(text, 'sh').paragraph('after').toString());
        expect(blocks(r)).toEqual(['pre', 'p']);
        expect(elements(r.root, 'code').map(rawTextOf)).toEqual([`${body}\n`]);
      }),
      { numRuns: 300 },
    );
  });
  test('<script> in a value is text, not an element', () => {
    const r = render(new SummaryDoc().heading('<script>alert(1)</script>').paragraph('<img src=x onerror=alert(1)>').table(['x'], [['</td></tr></table><script>x</script>']]).toString());
    expect(elements(r.root, 'script')).toEqual([]);
    expect(elements(r.root, 'img')).toEqual([]);
    expect(tables(r.root)).toEqual([[['x'], ['</td></tr></table><script>x</script>']]]);
  });
});

describe('blocks', () => {
  test('a heading never swallows the line after it; blocks come out in order', () => {
    const r = render(new SummaryDoc().heading('Title').paragraph('Line with ', code('x')).table(['a'], [['1']]).heading('Sub', 4).paragraph('end').toString());
    expect(blocks(r)).toEqual(['h3', 'p', 'table', 'h4', 'p']);
    expect(headings(r.root)).toEqual([
      [3, 'Title'],
      [4, 'Sub'],
    ]);
  });
  test('details hold their own blocks', () => {
    const r = render(new SummaryDoc().details('More', new SummaryDoc().codeBlock('x: 1\n', 'yaml')).paragraph('after').toString());
    expect(blocks(r)).toEqual(['details', 'p']);
    expect(elements(elements(r.root, 'details')[0] as never, 'pre')).toHaveLength(1);
  });
  test('links only to http(s); other URLs show the label only', () => {
    const r = render(new SummaryDoc().paragraph(link('https://x.example/a?b=1&c="2"', 'ok'), ' ', link('javascript:alert(1)', 'no'), ' ', link(undefined, 'none')).toString());
    expect(elements(r.root, 'a').map((a) => [a.attrs.find((x) => x.name === 'href')?.value, textOf(a)])).toEqual([['https://x.example/a?b=1&c="2"', 'ok']]);
    expect(textOf(r.root)).toBe('ok no none');
  });
  test('join, lines and strong compose markup without escaping it twice', () => {
    const r = render(new SummaryDoc().paragraph(join([strong('a<b'), 'c&d'], ' | '), ' ', lines('one\ntwo <x>\n')).toString());
    expect(elements(r.root, 'b').map(textOf)).toEqual(['a<b']);
    expect(elements(r.root, 'br')).toHaveLength(1);
    expect(textOf(r.root)).toBe('a<b | c&d onetwo <x>');
  });
});
