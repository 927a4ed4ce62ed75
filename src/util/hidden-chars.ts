/**
 * Characters a person cannot see in a log line (control characters, zero-width and bidi
 * formatting characters, look-alike spaces): finding them, naming them, and showing a value with
 * them escaped, so a message never looks identical to the example it asks to follow. Pure.
 */

export type HiddenKind = 'control' | 'invisible' | 'space';

export interface HiddenChar {
  char: string;
  /** The code point. */
  code: number;
  kind: HiddenKind;
  /** 1-based position in the string, counted in characters (code points). */
  position: number;
}

/** Which hidden characters a value may contain; the others are reported. */
export type HiddenPolicy =
  /** Identifiers, paths, single-line values: none. */
  | 'none'
  /** Free text (summaries, JSON, values of NAME=VALUE lines): tab, line breaks, zero-width joiners and spaces are fine; other controls and bidi controls are not. */
  | 'text'
  /** Shell commands: like text, but no carriage return (it hides what precedes it in a terminal). */
  | 'command';

const C0 = ['NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE', 'BELL', 'BACKSPACE', 'CHARACTER TABULATION', 'LINE FEED', 'LINE TABULATION', 'FORM FEED', 'CARRIAGE RETURN', 'SHIFT OUT', 'SHIFT IN', 'DATA LINK ESCAPE', 'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE', 'DEVICE CONTROL FOUR', 'NEGATIVE ACKNOWLEDGE', 'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK', 'CANCEL', 'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE', 'INFORMATION SEPARATOR FOUR', 'INFORMATION SEPARATOR THREE', 'INFORMATION SEPARATOR TWO', 'INFORMATION SEPARATOR ONE'];
const SPACES_2000 = ['EN QUAD', 'EM QUAD', 'EN SPACE', 'EM SPACE', 'THREE-PER-EM SPACE', 'FOUR-PER-EM SPACE', 'SIX-PER-EM SPACE', 'FIGURE SPACE', 'PUNCTUATION SPACE', 'THIN SPACE', 'HAIR SPACE', 'ZERO WIDTH SPACE', 'ZERO WIDTH NON-JOINER', 'ZERO WIDTH JOINER', 'LEFT-TO-RIGHT MARK', 'RIGHT-TO-LEFT MARK'];
const BIDI_202A = ['LEFT-TO-RIGHT EMBEDDING', 'RIGHT-TO-LEFT EMBEDDING', 'POP DIRECTIONAL FORMATTING', 'LEFT-TO-RIGHT OVERRIDE', 'RIGHT-TO-LEFT OVERRIDE', 'NARROW NO-BREAK SPACE'];
const FORMAT_2060 = ['WORD JOINER', 'FUNCTION APPLICATION', 'INVISIBLE TIMES', 'INVISIBLE SEPARATOR', 'INVISIBLE PLUS', '', 'LEFT-TO-RIGHT ISOLATE', 'RIGHT-TO-LEFT ISOLATE', 'FIRST STRONG ISOLATE', 'POP DIRECTIONAL ISOLATE'];
const NAMES = new Map<number, string>([
  [0x7f, 'DELETE'],
  [0x85, 'NEXT LINE'],
  [0xa0, 'NO-BREAK SPACE'],
  [0xad, 'SOFT HYPHEN'],
  [0x61c, 'ARABIC LETTER MARK'],
  [0x115f, 'HANGUL CHOSEONG FILLER'],
  [0x1160, 'HANGUL JUNGSEONG FILLER'],
  [0x1680, 'OGHAM SPACE MARK'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x2028, 'LINE SEPARATOR'],
  [0x2029, 'PARAGRAPH SEPARATOR'],
  [0x205f, 'MEDIUM MATHEMATICAL SPACE'],
  [0x3000, 'IDEOGRAPHIC SPACE'],
  [0x3164, 'HANGUL FILLER'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
  [0xffa0, 'HALFWIDTH HANGUL FILLER'],
]);
/** Letters that render as nothing (Unicode category Lo, so not caught by the categories below). */
const BLANK_LETTERS = new Set([0x115f, 0x1160, 0x3164, 0xffa0]);

/** The Unicode name of a hidden character, or '' when this table does not know it. */
export function charName(code: number): string {
  if (code < 0x20) return C0[code] ?? '';
  if (code >= 0x2000 && code <= 0x200f) return SPACES_2000[code - 0x2000] ?? '';
  if (code >= 0x202a && code <= 0x202f) return BIDI_202A[code - 0x202a] ?? '';
  if (code >= 0x2060 && code <= 0x2069) return FORMAT_2060[code - 0x2060] ?? '';
  return NAMES.get(code) ?? '';
}

/** Bidirectional controls: they reorder how the text around them is displayed. */
export function isBidiControl(code: number): boolean {
  return code === 0x61c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function kindOf(char: string, code: number): HiddenKind | undefined {
  if (/\p{Cc}/u.test(char)) return 'control';
  if (/\p{Cf}/u.test(char) || BLANK_LETTERS.has(code)) return 'invisible';
  if (code !== 0x20 && /[\p{Zs}\p{Zl}\p{Zp}]/u.test(char)) return 'space';
  return undefined;
}

function allowed(h: HiddenChar, policy: HiddenPolicy): boolean {
  if (policy === 'none' || isBidiControl(h.code)) return false;
  if (h.kind !== 'control') return true;
  return h.char === '\t' || h.char === '\n' || (policy === 'text' && h.char === '\r');
}

/** Every hidden character of `s` the policy does not allow, in order. */
export function hiddenChars(s: string, policy: HiddenPolicy = 'none'): HiddenChar[] {
  const out: HiddenChar[] = [];
  let position = 0;
  for (const char of s) {
    position++;
    const code = char.codePointAt(0) as number;
    const kind = kindOf(char, code);
    if (kind === undefined) continue;
    const h: HiddenChar = { char, code, kind, position };
    if (!allowed(h, policy)) out.push(h);
  }
  return out;
}

/** `U+200B`. */
export function codeText(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One hidden character as an escape: `\t`, `\n`, `\r`, `\u200b`, `\u{e0001}`. */
export function escapeChar(h: Pick<HiddenChar, 'char' | 'code'>): string {
  return ESCAPES[h.char] ?? (h.code > 0xffff ? `\\u{${h.code.toString(16)}}` : `\\u${h.code.toString(16).padStart(4, '0')}`);
}

/** `s` with every hidden character escaped (all of them, whatever a policy allows). */
export function escapeHidden(s: string): string {
  let out = '';
  for (const char of s) {
    const code = char.codePointAt(0) as number;
    out += kindOf(char, code) === undefined ? char : escapeChar({ char, code });
  }
  return out;
}

const KIND_WORDS: Record<HiddenKind, string> = { control: 'a control character', invisible: 'an invisible character', space: 'a non-standard space' };

/** `an invisible character U+200B (ZERO WIDTH SPACE)`. */
export function describeChar(h: Pick<HiddenChar, 'code' | 'kind'>): string {
  const name = charName(h.code);
  return `${KIND_WORDS[h.kind]} ${codeText(h.code)}${name === '' ? '' : ` (${name})`}`;
}

/**
 * What is wrong, for a message: `contains an invisible character U+200B (ZERO WIDTH SPACE) at
 * position 5`, or with several, how many and the first.
 */
export function describeHidden(found: readonly HiddenChar[]): string {
  const first = found[0];
  if (first === undefined) return '';
  if (found.length === 1) return `contains ${describeChar(first)} at position ${first.position}`;
  return `contains ${found.length} hidden characters; the first is ${describeChar(first)} at position ${first.position}`;
}
