/**
 * Secrets the scripts came to hold (STS credentials, the service-account token, credential-like
 * values of the config, a password in the clone URL), replaced by `***` in everything a script
 * prints: its own lines, the output of the commands it runs, and the result line.
 */

/** Shorter values are too likely to occur by chance to be replaced everywhere. */
const MIN_SECRET = 4;

export class Redactor {
  private readonly secrets = new Set<string>();

  add(value: string | undefined): void {
    if (value === undefined) return;
    // A multi-line secret is replaced line by line: lines of output are redacted one at a time.
    for (const line of value.split(/\r?\n/)) {
      const v = line.trim();
      if (v.length >= MIN_SECRET) this.secrets.add(v);
    }
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is replaced whole.
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join('***');
    return out;
  }
}

/** A URL with its user name and password taken out (`https://***@host/...`), for messages. */
export function displayUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1***@');
}

/** The password (or token) in a URL's user part, to be redacted. */
export function urlPassword(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.password ? decodeURIComponent(u.password) : u.username ? decodeURIComponent(u.username) : undefined;
  } catch {
    return undefined;
  }
}
