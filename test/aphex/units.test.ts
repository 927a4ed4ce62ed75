/** Unit tests of the pure helpers: names, suggestions, credential detection, limits. */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { defaultPipelineName, didYouMean, editDistance, environmentId, normaliseName, DNS_LABEL } from '../../src/aphex/names.ts';
import { findSecrets } from '../../src/aphex/secrets.ts';
import { semanticIssues } from '../../src/aphex/rules.ts';
import { MAX_ENVIRONMENTS } from '../../src/aphex/limits.ts';
import { validateConfigText } from '../../src/aphex/validate.ts';
import { toYamlText } from './arbitraries.ts';

describe('names', () => {
  test('normalised names are DNS labels within the length, or empty (200 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 1, max: 63 }), (s, max) => {
        const n = normaliseName(s, max);
        expect(n.length).toBeLessThanOrEqual(max);
        if (n !== '') expect(n).toMatch(DNS_LABEL);
      }),
      { numRuns: 200 },
    );
  });

  test('examples', () => {
    expect(normaliseName('Prod EU (blue)')).toBe('prod-eu-blue');
    expect(normaliseName('Café_Ünïcode')).toBe('cafe-unicode');
    expect(environmentId('x'.repeat(60))).toHaveLength(50);
    expect(defaultPipelineName('acme/My.Shop_Web')).toBe('my-shop-web');
    expect(defaultPipelineName('acme/---')).toBe('');
    expect(defaultPipelineName(`acme/${'a-'.repeat(30)}`)).toMatch(/^[a-z0-9-]{1,40}$/);
  });

  test('edit distance and suggestions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(didYouMean('enviroments', ['version', 'build', 'environments'])).toBe('environments');
    expect(didYouMean('stack', ['name', 'stacks', 'region'])).toBe('stacks');
    expect(didYouMean('zzzzzz', ['name', 'stacks', 'region'])).toBeUndefined();
    expect(didYouMean('Region', ['region'])).toBe('region');
  });
});

describe('credential detection', () => {
  test.each([
    ['AKIAIOSFODNN7EXAMPLE', 'an AWS access key id'],
    ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'an AWS secret access key'],
    ['key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'an AWS secret access key'],
    ['-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----', 'a private key'],
    ['token: github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', 'a GitHub token'],
    ['https://user:pa55word@example.com/repo.git', 'a password in a URL'],
    ['mysql --password=Sup3rS3cret!', 'a password or token'],
    ['xoxb-1234567890-abcdefghij', 'a Slack token'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N', 'a JSON Web Token'],
  ])('finds %s', (text, kind) => {
    expect(findSecrets(text).map((f) => f.kind)).toContain(kind);
  });

  test.each([
    'git checkout 0123456789abcdef0123456789abcdef01234567',
    'npm run build -- --prod',
    'aws cloudformation deploy --stack-name ShopApi',
    'cdk deploy services/Api2Stack/templates/mainStackV2',
    'echo "token: ${GITHUB_TOKEN}"',
    'export PASSWORD=$(cat /run/secrets/db)',
    'docker login -u AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    'infra/network',
    'arn:aws:iam::123456789012:role/deployer',
  ])('leaves %s alone', (text) => {
    expect(findSecrets(text)).toEqual([]);
  });

  test('a key named like a credential is one, whatever its value', () => {
    const r = validateConfigText('version: "1.0"\naws_secret_access_key: abc\n', 'c.yaml');
    expect(r.problems.map((p) => p.rule)).toEqual(expect.arrayContaining(['credential', 'unknown-key']));
    expect(r.secrets).toContain('abc');
  });
});

describe('limits in the config', () => {
  const env = (i: number) => ({ name: `e${i}`, region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'A', path: 'a' }] });

  test(`at most ${MAX_ENVIRONMENTS} environments, with the limit named`, () => {
    const ok = { version: '1.0', build: { commands: ['make'] }, environments: Array.from({ length: MAX_ENVIRONMENTS }, (_, i) => env(i)) };
    expect(semanticIssues(ok).issues).toEqual([]);
    const over = { ...ok, environments: Array.from({ length: MAX_ENVIRONMENTS + 1 }, (_, i) => env(i)) };
    const problems = validateConfigText(toYamlText(over), 'c.yaml').problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.rule).toBe('limit');
    expect(problems[0]?.message).toContain("Argo's limit of 200 tasks in one DAG template");
    expect(problems[0]?.line).toBe(6); // the list under environments:
  });

  test('the arguments of one step stay within the per-step budget', () => {
    const big = { version: '1.0', build: { commands: Array.from({ length: 12 }, () => 'x'.repeat(9000)) }, environments: [env(0)] };
    const problems = validateConfigText(toYamlText(big), 'c.yaml').problems;
    expect(problems.map((p) => p.rule)).toEqual(['limit']);
    expect(problems[0]?.message).toContain('96 KiB budget');
  });
});
