/**
 * Deterministic YAML for Kubernetes. Kubernetes reads YAML 1.1 (y, yes, on, 0755 and 1:30 are not
 * strings there), so every string value that is not plainly a word is double-quoted: the text
 * means the same to YAML 1.1 and 1.2 readers, and identical objects give identical bytes.
 */
import { Document, isScalar, visit } from 'yaml';

/** Plain (unquoted) only for these: starts with a letter, then letters, digits and . _ / -. */
const SAFE_PLAIN = /^[A-Za-z][A-Za-z0-9._/-]*$/;
/** Words YAML 1.1 resolves to booleans or null. */
const YAML11_WORDS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;

export function toYaml(value: unknown): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || !isScalar(node) || typeof node.value !== 'string') return;
      if (!SAFE_PLAIN.test(node.value) || YAML11_WORDS.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
}
