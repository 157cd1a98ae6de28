// Notice and output contents, which the scenario format names but does not inspect.

import { confidentialityReview } from '@zwgk/rule-confidentiality-review';
import { releaseCoordination } from '@zwgk/rule-release-coordination';
import { runScenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import { proactiveDisclosure } from '../src/index.js';
import { item, open, publisher, reviewChain, reviewRefuses, send, supervisor } from './fixtures.js';

const modules = [proactiveDisclosure, confidentialityReview, releaseCoordination];

describe('what a case of proactive disclosure tells', () => {
  it('a partial disclosure’s catalogue entry (第七条) names the basis, the channels and what was withheld', async () => {
    const { engine, cases } = await runScenario({
      name: 'partial',
      modules,
      steps: [
        open(
          '2021-03-01T09:00:00+08:00',
          item({
            item: { title: '2020年政府集中采购项目实施情况', documentNumber: '西政采〔2021〕3号' },
            basis: { article: '第四条', item: 'centralisedProcurement' },
          }),
        ),
        send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
        ...reviewChain('2021-03-02', { opinion: 'partlyDisclosable', withheld: '附件3 涉密项目明细' }),
        send('2021-03-02T11:00:00+08:00', 'item.published', { channels: ['portal', 'libraryReadingRoom'] }, publisher),
      ],
    });
    const view = await engine.getCase(cases.item!);
    expect(view.case.notices.map((n) => n.data)).toEqual([
      {
        title: '2020年政府集中采购项目实施情况',
        documentNumber: '西政采〔2021〕3号',
        change: 'formed',
        basis: '第四条 centralisedProcurement',
        publisher: '西吉县人民政府',
        channels: ['portal', 'libraryReadingRoom'],
        pressConference: false,
        withheld: '附件3 涉密项目明细',
        publishedAt: '2021-03-02T11:00:00+08:00',
      },
    ]);
    const closed = (await engine.history(cases.item!)).find((e) => e.kind === 'case.closed');
    expect(closed?.data.output).toEqual({
      outcome: 'published',
      channels: ['portal', 'libraryReadingRoom'],
      pressConference: false,
      withheld: '附件3 涉密项目明细',
    });
  });

  it('a withheld item’s output carries the review’s ground (第九条)', async () => {
    const { engine, cases } = await runScenario({
      name: 'withheld',
      modules,
      parameters: { 'confidentiality-review': { initialRefusalEndsReview: true } },
      steps: [
        open('2021-03-01T09:00:00+08:00', item()),
        send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
        reviewRefuses('2021-03-01T11:00:00+08:00'),
      ],
    });
    const closed = (await engine.history(cases.item!)).find((e) => e.kind === 'case.closed');
    expect(closed?.data.output).toEqual({ outcome: 'withheld', channels: [], pressConference: false, ground: 'privacy' });
  });

  it('the order to correct (第十二条) names the item, the publisher, the situation and the facts', async () => {
    const { engine, cases } = await runScenario({
      name: 'order',
      modules,
      steps: [
        open('2021-03-01T09:00:00+08:00', item()),
        send('2021-03-05T09:00:00+08:00', 'violation.recorded', { situation: 'improperDisclosure', facts: '审查前已发布' }, supervisor),
      ],
    });
    const view = await engine.getCase(cases.item!);
    expect(view.case.notices[0]).toMatchObject({
      name: 'correctionOrder',
      recipient: 'publisher',
      citation: '《西吉县政府政务公开制度》第十二条',
      data: {
        title: '2019年1—8月西吉县国民经济和社会发展统计信息',
        publisher: '西吉县人民政府',
        situation: 'improperDisclosure',
        facts: '审查前已发布',
      },
    });
    expect(view.case.breaches[0]).toMatchObject({ name: 'improperDisclosure', data: { facts: '审查前已发布', recordedBy: 'supervisor' } });
  });
});
