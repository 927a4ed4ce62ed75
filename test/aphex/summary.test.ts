/** The config summary stays one well-formed table row per environment, whatever the names hold. */
import { expect, test } from '@jest/globals';
import { configSummaryMarkdown } from '../../src/report/config-summary.ts';
import type { AphexConfig } from '../../src/aphex/model.ts';
import { blocks, elements, headings, rawTextOf, render, tables, tagNames, textOf } from '../report/render.ts';

test('names with pipes, HTML and newlines cannot break the table or inject markup', () => {
  const config: AphexConfig = {
    version: '1.0',
    build: { commands: ['make'] },
    environments: [
      { name: 'a|b <img src=x>', region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'App', path: 'in|fra\nx' }], approval: true },
      { name: 'prod`*x*`', region: 'eu-west-1', account: '222222222222', stacks: [{ name: 'Db\\', path: 'db' }], dependsOn: ['a|b <img src=x>'] },
    ],
  };
  const yaml = 'a: "<b>&"\n```\nb: 1\n';
  const r = render(configSummaryMarkdown(config, 'ci/aphex`config.yaml', { name: 'p-template', digest: 'sha256:00', yaml, path: '/tmp/p.yaml' }));
  expect(blocks(r)).toEqual(['h3', 'p', 'table', 'p', 'details']);
  expect(headings(r.root)).toEqual([[3, 'AphexPipeline config ci/aphex`config.yaml']]);
  expect(tables(r.root)).toEqual([
    [
      ['#', 'Environment', 'Region', 'Account', 'Stacks (in order)', 'Tests', 'Approval', 'After'],
      ['1', 'a|b <img src=x>', 'eu-west-1', '111111111111', 'App (in|fra x)', '—', 'manual', 'pipeline deployment'],
      ['2', 'prod`*x*`', 'eu-west-1', '222222222222', 'Db\\ (db)', '—', '—', 'a|b <img src=x>'],
    ],
  ]);
  // The YAML, backticks and all, is one code block inside the collapsed section.
  const [details] = elements(r.root, 'details');
  expect(elements(details as never, 'code').map(rawTextOf)).toEqual([yaml]);
  expect(textOf(elements(r.root, 'summary')[0] as never)).toBe('Rendered WorkflowTemplate YAML');
  expect(tagNames(r.root)).toEqual(new Set(['h3', 'code', 'p', 'table', 'tbody', 'tr', 'th', 'td', 'b', 'details', 'summary', 'pre']));
});

test('a YAML too large for the summary is left out with a sentence saying so', () => {
  const config: AphexConfig = { version: '1.0', build: { commands: [] }, environments: [{ name: 'dev', region: 'eu-west-1', account: '111111111111', stacks: [{ name: 'App', path: 'app' }] }] };
  const r = render(configSummaryMarkdown(config, 'c.yaml', { name: 't', digest: 'sha256:00', yaml: 'x'.repeat(300 * 1024), path: '/t.yaml' }));
  expect(elements(r.root, 'details')).toEqual([]);
  expect(textOf(r.root)).toContain(`The YAML (${300 * 1024} characters) is too large for the summary; see the file.`);
});
