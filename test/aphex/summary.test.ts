/** The job summary stays one well-formed table row per environment, whatever the names hold. */
import { expect, test } from '@jest/globals';
import { configSummaryMarkdown } from '../../src/report/config-summary.ts';
import type { AphexConfig } from '../../src/aphex/model.ts';

test('names with pipes, HTML and newlines cannot break the table or inject markup', () => {
  const config: AphexConfig = {
    version: '1.0',
    build: { commands: ['make'] },
    environments: [{ name: 'a|b <img src=x>', region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'App', path: 'in|fra\nx' }], approval: true }],
  };
  const md = configSummaryMarkdown(config, 'ci/aphex`config.yaml', { name: 'p-template', digest: 'sha256:00', yaml: 'a: "<b>&"\n', path: '/tmp/p.yaml' });
  const row = md.split('\n').find((l) => l.startsWith('| 1 |')) as string;
  expect(row.split('|').length).toBe(10); // 8 columns
  expect(row).toContain('a&#124;b &lt;img src=x&gt;');
  expect(row).toContain('App (in&#124;fra x)');
  expect(md).toContain("### AphexPipeline config `ci/aphex'config.yaml`");
  expect(md).toContain('<pre lang="yaml"><code>a: "&lt;b&gt;&amp;"\n</code></pre>');
  expect(md).not.toContain('<img');
});
