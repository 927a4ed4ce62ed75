/**
 * No `${{ … }}` inside a `run:` script anywhere a user copies YAML from: README.md and docs/*.md
 * code blocks, examples/*.yml, .github/workflows/*.yml. Values go through `env:` instead.
 */
import { describe, expect, test } from '@jest/globals';
import { projectYamlSources, runExpressions, yamlBlocks, type YamlSource } from './run-expressions.ts';
import { ROOT } from './workflow-files.ts';

const sources = projectYamlSources(ROOT);

describe('no ${{ }} expression inside a run: script', () => {
  test('the scan covers the README, the docs, the examples and the workflows', () => {
    const files = new Set(sources.map((s) => s.file));
    for (const f of ['README.md', 'docs/codepipeline.md', 'docs/workflows.md', 'examples/dispatch-with-approval.yml', '.github/workflows/deploy.yml', '.github/workflows/ci.yml', '.github/workflows/release.yml']) {
      expect([f, files.has(f)]).toEqual([f, true]);
    }
  });

  test('none in any YAML a user copies (file:line of each offender)', () => {
    const offenders = sources.flatMap(runExpressions).map((r) => `${r.file}:${r.line}: ${r.expression}`);
    expect(offenders).toEqual([]);
  });
});

describe('the scan catches what it should (so a pass means something)', () => {
  const scan = (text: string, firstLine = 1): string[] => runExpressions({ file: 'x.yml', text, firstLine }).map((r) => `${r.line}: ${r.expression}`);

  test('a one-line run with an expression, at its line', () => {
    expect(scan('steps:\n  - run: curl --fail "${{ fromJSON(needs.d.outputs.o).A.B }}/health"\n')).toEqual(['2: ${{ fromJSON(needs.d.outputs.o).A.B }}']);
  });

  test('a block-scalar run, at the line of the expression inside it', () => {
    expect(scan("- if: always()\n  run: |\n    set -e\n    echo '${{ steps.deploy.outputs.stack-outputs }}' | jq .\n")).toEqual(['4: ${{ steps.deploy.outputs.stack-outputs }}']);
  });

  test('expressions in env:, with: and if: are fine', () => {
    expect(scan('steps:\n  - if: ${{ always() }}\n    env:\n      URL: ${{ needs.a.outputs.url }}\n    with:\n      x: ${{ github.sha }}\n    run: echo "$URL"\n')).toEqual([]);
  });

  test('a snippet that is not valid YAML is still scanned, line by line', () => {
    expect(scan('- run: echo ${{ github.head_ref }}\n  bad: [\n')).toEqual(['1: ${{ github.head_ref }}']);
  });

  test('Markdown code blocks keep their line in the file; only yaml/yml blocks are read', () => {
    const md = '# T\n\n```sh\necho "${{ x }}"\n```\n\nText\n\n```yaml\nsteps:\n  - run: echo "${{ github.ref }}"\n```\n';
    const blocks: YamlSource[] = yamlBlocks('doc.md', md);
    expect(blocks.map((b) => b.firstLine)).toEqual([10]);
    expect(blocks.flatMap(runExpressions).map((r) => `${r.file}:${r.line}`)).toEqual(['doc.md:11']);
  });
});
