/**
 * Finds credentials in config strings (AphexPipeline property 15: no credentials in the config).
 * Reports what kind of credential it looks like; never repeats the value itself.
 */

export interface SecretFinding {
  kind: string;
  /** The matched text, so the caller can mask it before anything is printed. */
  value: string;
}

interface Detector {
  kind: string;
  re: RegExp;
  /** Extra check on the match (e.g. mixed character classes). */
  accept?: (match: string) => boolean;
}

const DETECTORS: Detector[] = [
  { kind: 'an AWS access key id', re: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g },
  { kind: 'a private key', re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----[\s\S]*?(?:-----END[^-]*-----|$)/g },
  { kind: 'an AWS secret access key', re: /aws_?secret_?access_?key\s*[=:]\s*["']?[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi },
  {
    kind: 'an AWS secret access key',
    re: /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{39}[A-Za-z0-9/+=](?![A-Za-z0-9/+=])/g,
    // 40 random-looking characters: upper case, lower case and digits with frequent case changes
    // (a hex commit id or a camelCase path is not one).
    accept: (m) => /[A-Z]/.test(m) && /[a-z]/.test(m) && /[0-9]/.test(m) && caseChanges(m) >= 8,
  },
  { kind: 'an AWS session token', re: /\b(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9/+=]{20,}/g },
  { kind: 'a GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g },
  { kind: 'a Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: 'a JSON Web Token', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  {
    kind: 'a password or token',
    re: /\b(?:password|passwd|pwd|secret|token|api[_-]?key|client[_-]?secret)\s*[=:]\s*["']?(?!\$|<|\{)[^\s"'$]{8,}/gi,
  },
  { kind: 'a password in a URL', re: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:(?!\$)[^\s@/]{3,}@/gi },
];

function caseChanges(s: string): number {
  const letters = s.replace(/[^A-Za-z]/g, '');
  let n = 0;
  for (let i = 1; i < letters.length; i++) if ((letters[i] as string) < 'a' !== (letters[i - 1] as string) < 'a') n++;
  return n;
}

/** Every credential-looking part of `text`. */
export function findSecrets(text: string): SecretFinding[] {
  const found: SecretFinding[] = [];
  for (const d of DETECTORS) {
    for (const m of text.matchAll(d.re)) {
      if (d.accept && !d.accept(m[0])) continue;
      found.push({ kind: d.kind, value: m[0] });
    }
  }
  return found;
}

/** Key names that announce a credential whatever their value. */
export const SECRET_KEY_NAME = /^(?:aws_?)?(?:secret|secret_?access_?key|access_?key_?id|session_?token|password|passwd|token|private_?key|api_?key|credentials?)$/i;
