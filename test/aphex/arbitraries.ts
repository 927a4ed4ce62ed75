/** fast-check arbitraries for AphexPipeline configs (valid ones, and adversarial strings). */
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { AphexConfig, EnvironmentConfig } from '../../src/aphex/model.ts';
import { KNOWN_REGIONS } from '../../src/aphex/regions.ts';
import { findSecrets } from '../../src/aphex/secrets.ts';

/** Pieces that break naive YAML, shell or template handling. */
export const NASTY_PIECES = [
  '"', "'", '\\', '\n', '\r\n', '\t', '#', ' #', ': ', ':', '- ', '*', '&', '!', '%', '@', '`', '|', '>', '{', '}', '[', ']', ',', '?',
  '---', '...', '$(rm -rf /)', '${HOME}', '$HOME', ';', '&&', '||', '<<EOF', 'yes', 'no', 'on', 'off', 'y', 'n', '~', 'null', 'true',
  '0x1F', '1e3', '010', '12:30', '0o17', '.inf', ' ', '  ', '\u00a0', '\u200b', '\u202e', 'é', 'e\u0301', '日本語', '🚀', '👩‍👩‍👧', 'ß',
  '%0A', '::error::', '}}', '{ }', '{%', '$', 'a',
];

/** An adversarial string: nasty pieces and arbitrary unicode, occasionally 10 kB. Never `{{`. */
export const nastyString = fc
  .oneof(
    { weight: 6, arbitrary: fc.array(fc.oneof(fc.constantFrom(...NASTY_PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 12 }).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_PIECES).map((p) => `x${p}`.repeat(Math.ceil(10240 / (p.length + 1))).slice(0, 10240)) },
  )
  .filter((s) => !s.includes('{{') && s.trim() !== '' && findSecrets(s).length === 0);

/** An adversarial stack path: at most 1024 characters, relative, never leaving the repository. */
export const nastyPath = nastyString.filter((s) => s.length <= 1024 && !s.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(s) && !s.split(/[\\/]/).includes('..'));

/** A plain command: printable ASCII without `{{`, not blank, not credential-like. */
export const command = fc
  .string({ minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() !== '' && !s.includes('{{') && findSecrets(s).length === 0);

const stackName = fc.tuple(fc.constantFrom('A', 'b', 'Net', 'Api', 'x'), fc.stringMatching(/^[A-Za-z0-9-]{0,12}$/)).map(([a, b]) => a + b);
const stackPath = fc.stringMatching(/^[a-z0-9_-]{1,10}(\/[a-z0-9_.-]{1,10}){0,3}$/).filter((p) => !p.split('/').includes('..'));
const account = fc.stringMatching(/^[0-9]{12}$/);

export interface ConfigOptions {
  minEnvs?: number;
  maxEnvs?: number;
  /** Arbitrary for commands; plain commands by default. */
  text?: fc.Arbitrary<string>;
  /** Arbitrary for stack paths; plain relative paths by default. */
  pathText?: fc.Arbitrary<string>;
}

/** A valid config; environment names are env0..envN with random case and suffixes, unique after normalisation. */
export function validConfig(opts: ConfigOptions = {}): fc.Arbitrary<AphexConfig> {
  const text = opts.text ?? command;
  const env = (i: number): fc.Arbitrary<EnvironmentConfig> =>
    fc
      .record(
        {
          suffix: fc.constantFrom('', '-eu', '_Prod', '.us', ' blue'),
          upper: fc.boolean(),
          region: fc.constantFrom(...KNOWN_REGIONS),
          account,
          stacks: fc.uniqueArray(fc.record({ name: stackName, path: opts.pathText ?? stackPath }), { minLength: 1, maxLength: 5, selector: (s) => s.name.toLowerCase() }),
          tests: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }), { nil: undefined }),
          approval: fc.option(fc.boolean(), { nil: undefined }),
          dependsOn: fc.option(fc.constant<string[]>([]), { nil: undefined }),
          roleName: fc.option(fc.stringMatching(/^[A-Za-z0-9+=,.@_-]{1,20}$/), { nil: undefined }),
        },
        { requiredKeys: ['suffix', 'upper', 'region', 'account', 'stacks'] },
      )
      .map((r) => {
        const base = `env${i}${r.suffix}`;
        const e: EnvironmentConfig = { name: r.upper ? base.toUpperCase() : base, region: r.region, account: r.account, stacks: r.stacks };
        if (r.tests) e.tests = { commands: r.tests };
        if (r.approval !== undefined) e.approval = r.approval;
        if (r.roleName !== undefined) e.roleName = r.roleName;
        if (r.dependsOn !== undefined) e.dependsOn = r.dependsOn;
        return e;
      });
  return fc.integer({ min: opts.minEnvs ?? 1, max: opts.maxEnvs ?? 6 }).chain((n) =>
    fc
      .tuple(fc.array(text, { minLength: 1, maxLength: 4 }), ...Array.from({ length: n }, (_, i) => env(i)))
      .chain(([commands, ...envs]) =>
        // dependsOn may only name earlier environments, so the graph stays acyclic.
        fc.tuple(...envs.map((e, i) => (e.dependsOn === undefined ? fc.constant(e) : fc.subarray(envs.slice(0, i).map((x) => x.name)).map((d) => ({ ...e, dependsOn: d }))))).map(
          (finalEnvs): AphexConfig => ({ version: '1.0', build: { commands }, environments: finalEnvs }),
        ),
      ),
  );
}

export function toYamlText(config: unknown): string {
  return stringify(config, { lineWidth: 0 });
}
