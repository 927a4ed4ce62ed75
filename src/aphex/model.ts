/** The AphexPipeline config model (aphex-config.yaml), as the schema admits it. */

/** Pipeline steps that run a container image; `all` in `images` applies to each. */
export const IMAGE_STEPS = ['validate', 'build', 'deploy-pipeline', 'deploy-stack', 'test'] as const;
export type ImageStep = (typeof IMAGE_STEPS)[number];
export type ImageKey = ImageStep | 'all';

export interface StackConfig {
  name: string;
  path: string;
}

export interface EnvironmentConfig {
  name: string;
  region: string;
  account: string;
  stacks: StackConfig[];
  tests?: { commands: string[] };
  /** Wait for a manual approval before deploying. */
  approval?: boolean;
  /** Environments deployed first; default the previous one in the list. */
  dependsOn?: string[];
  /** IAM role in `account` that deploys the stacks. */
  roleName?: string;
}

export interface AphexConfig {
  version: '1.0';
  build: { commands: string[] };
  environments: EnvironmentConfig[];
  serviceAccount?: string;
  artifactBucket?: string;
  images?: Partial<Record<ImageKey, string>>;
}

/** A path into the config: object keys and array indexes, as in a JSON pointer. */
export type ConfigPath = (string | number)[];

/** One problem found in the config, before it is given a file position. */
export interface ConfigIssue {
  path: ConfigPath;
  message: string;
  rule: string;
  /** Point at the key of `path` rather than its value (unknown or duplicate keys). */
  atKey?: boolean;
  /** Point at this character inside the value (or key) rather than at all of it. */
  char?: string;
}
