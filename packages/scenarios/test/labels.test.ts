import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { disclosureRequest } from '@zwgk/rule-disclosure-request';
import { describe, expect, it } from 'vitest';
import { entryWords, eventWords, STATE_WORDS_ZH, stateWords, VERDICT_WORDS } from '../src/index.js';

/** Every state key of a machine, walked from its root. */
function stateKeys(node: { states?: Record<string, unknown> }): string[] {
  return Object.entries(node.states ?? {}).flatMap(([key, child]) => [key, ...stateKeys(child as { states?: Record<string, unknown> })]);
}

describe('stateWords', () => {
  it('says a parallel state in Chinese and English, leaving out regions with nothing under way', () => {
    const state = 'handling.(main.examining|review.pending|agencies.none|thirdParty.none)';
    expect(stateWords(disclosureRequest, state)).toEqual({
      zh: '办理中（主办 › 审查中；保密审查 › 进行中）',
      en: 'handling (main › examining; review › pending)',
    });
    expect(stateWords(disclosureRequest, 'disclosed')).toEqual({ zh: '已公开', en: 'disclosed' });
  });

  it('has Chinese words for every state of every built-in module', () => {
    const missing = xiji2018No47.modules.flatMap((m) =>
      stateKeys(m.machine.root as never)
        .filter((key) => !STATE_WORDS_ZH[key])
        .map((key) => `${m.id}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('eventWords and entryWords', () => {
  it('use the module’s own event and deadline labels, and the engine’s events in words', () => {
    expect(eventWords(disclosureRequest, 'reply.extended')).toEqual({
      zh: '延长答复期限（机构负责人同意）',
      en: 'reply period extended (approved by the office head)',
    });
    expect(eventWords(disclosureRequest, 'deadline.due')).toEqual({ zh: '期限届满', en: 'deadline fell due' });
    const entry = {
      seq: 7,
      caseId: 'c',
      at: '2020-10-27T10:00:00+08:00',
      kind: 'engine.event',
      data: {
        delivered: true,
        event: { type: 'deadline.due', payload: { name: 'reply', dueAt: '2020-10-27T00:00:00+08:00' } },
        from: 'handling.(main.examining|review.none)',
        to: 'disclosed',
      },
    } as never;
    expect(entryWords(disclosureRequest, entry)).toEqual({
      zh: '答复期限届满：办理中 › 主办 › 审查中 → 已公开',
      en: 'reply fell due: handling › main › examining → disclosed',
    });
  });

  it('name the two honest outcomes apart from a missed deadline', () => {
    expect(VERDICT_WORDS.elapsed).toEqual({ zh: '期满', en: 'elapsed' });
    expect(VERDICT_WORDS.deemed).toEqual({ zh: '视为同意', en: 'deemed consent' });
    const closed = {
      seq: 9,
      caseId: 'c',
      at: '2020-10-27T10:00:00+08:00',
      kind: 'deadline.changed',
      data: { name: 'reply', op: 'complete', outcome: 'elapsed', dueAt: null },
    } as never;
    expect(entryWords(disclosureRequest, closed)).toEqual({ zh: '答复期限完成（期满）', en: 'reply completed (elapsed)' });
  });
});
