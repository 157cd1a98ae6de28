import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryStore, SimulatedClock } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import { cityClauses, cityRegulation, engineWithCustomModule } from './guides/custom-module.js';
import { codeBlocks, containsExcerpt } from './guides/regions.js';

const root = join(import.meta.dirname, '../..');
const guide = readFileSync(join(root, 'docs/guides/writing-a-rule-module.md'), 'utf8');

/** The files a block of the guide may quote: the example module, its test, and the guide's own tested file. */
const sources = [
  ...['src', 'test'].flatMap((dir) =>
    readdirSync(join(root, 'examples/custom-rule-module', dir)).map((file) => join(root, 'examples/custom-rule-module', dir, file)),
  ),
  join(import.meta.dirname, 'guides/custom-module.ts'),
].map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('docs/guides/writing-a-rule-module.md', () => {
  const blocks = codeBlocks(guide, 'ts');

  it('quotes code, and its code blocks are excerpts of the tested example', () => {
    expect(blocks.length).toBeGreaterThan(10);
    const notFound = blocks.filter((block) => !sources.some((s) => containsExcerpt(s.text, block)));
    expect(notFound, 'code blocks that are no longer in examples/custom-rule-module (update the guide)').toEqual([]);
  });

  it('its own regulation derives every citation, and the module’s source and dates in force, from one declaration', () => {
    expect(cityClauses).toEqual({
      第八条: { citation: '《某市政府信息公开实施办法》第八条', text: '（第八条的原文）' },
      '第九条(二)': { citation: '《某市政府信息公开实施办法》第九条第（二）项', text: '（第九条第二项的原文）' },
    });
    expect(cityRegulation.source).toEqual({
      name: '某市政府信息公开实施办法',
      documentNumber: '某政发〔2024〕1号',
      issuer: '某市人民政府',
      jurisdiction: '某省某市',
    });
    expect(cityRegulation.inForce).toEqual({ from: '2024-03-01', to: '2029-02-28' });
  });

  it('shows the compile-time fixtures of the example, which npm run typecheck checks', () => {
    const fixtures = readFileSync(join(root, 'examples/custom-rule-module/test/types.ts'), 'utf8');
    expect(fixtures.match(/@ts-expect-error/g)?.length).toBeGreaterThanOrEqual(3);
    expect(blocks.some((block) => block.includes('@ts-expect-error') && containsExcerpt(fixtures, block))).toBe(true);
  });

  it('its loading example opens cases of the custom module and of a built-in one in one engine', async () => {
    const clock = new SimulatedClock('2019-10-08T10:00:00+08:00');
    const engine = engineWithCustomModule(clock, new MemoryStore());
    const clerk = { id: 'clerk-1', role: 'clerk' };
    const custom = await engine.open('national-disclosure-request-2019', {
      actor: clerk,
      input: {
        channel: 'letter',
        applicant: { name: '张三', identityDocument: '居民身份证', contact: '13800000000' },
        description: '老旧小区改造资金',
        form: '纸质文本',
      },
    });
    expect(custom).toMatchObject({ status: 'open', state: 'examining' });
    expect(engine.modules.map((m) => m.id)).toContain('disclosure-request');
    expect((await engine.getCase(custom.caseId)).deadlines.map((d) => [d.name, d.citation])).toEqual([
      ['reply', '《中华人民共和国政府信息公开条例》第三十三条'],
    ]);
  });
});

describe('its due-date check command', () => {
  it('runs from the module’s folder, not only from the repository root, and prints the due instant', () => {
    const command = codeBlocks(guide, 'sh').find((block) => block.includes('workingDayDeadline'));
    expect(command, 'the guide shows a command that checks a due date with the calendar').toBeDefined();
    const out = execSync(command!, { cwd: join(root, 'examples/custom-rule-module'), encoding: 'utf8' });
    expect(out.trim()).toBe('2019-10-31T00:00:00+08:00'); // 20 working days after 2019-09-27, 国庆 and 调休 counted
  }, 120_000);
});

describe('containsExcerpt', () => {
  const source = 'a\n  b: {\n    c,\n\n  },\nd';
  it('finds whole consecutive lines, in any layout the formatter may choose', () => {
    expect(containsExcerpt(source, 'b: {\n  c,\n\n},')).toBe(true);
    expect(containsExcerpt(source, 'b: { c },')).toBe(true);
    expect(containsExcerpt(source, 'b: {\nc,')).toBe(true);
  });
  it('finds nothing where a token differs or a line is cut', () => {
    expect(containsExcerpt(source, 'b: { e },')).toBe(false);
    expect(containsExcerpt(source, 'b: {\n  c,\n},\nd;')).toBe(false);
    expect(containsExcerpt(source, 'b')).toBe(false);
  });
});
