import { confidentialityReview } from '@zwgk/rule-confidentiality-review';
import { releaseCoordination } from '@zwgk/rule-release-coordination';
import { describeRuleModule, type Scenario } from '@zwgk/testing';
import { proactiveDisclosure } from '../src/index.js';
import {
  authority,
  consulted,
  coordination,
  FINANCE,
  item,
  letter,
  office,
  open,
  publisher,
  reject,
  releasing,
  reviewChain,
  reviewRefuses,
  send,
  spokesperson,
  supervisor,
  tick,
} from './fixtures.js';

type S = Omit<Scenario, 'modules'>;

const county = { name: '西吉县农业农村局', level: 'countyDepartment' } as const;

/** An item affecting the people's vital interests (第三条): the county's 低保 list, which a review may withhold. */
const welfareList = item({ item: { title: '2020年低保对象名单' }, basis: { article: '第三条', criterion: 'affectsVitalInterests' } });
/** A major item (第四条, 第十一条): published only with its press conference. */
const majorProjects = item({
  item: { title: '西吉县2021年重大建设项目计划' },
  basis: { article: '第四条', item: 'majorConstructionProjects' },
  major: true,
});

const scenarios: S[] = [
  {
    name: 'an item formed on 2019-09-25 before National Day is due at the end of 2019-10-28: the 调休 Sunday 09-29 and Saturday 10-12 count, the holiday does not',
    steps: [
      open('2019-09-25T10:00:00+08:00' /* Wednesday before 国庆 */, item(), {
        state: 'preparing.(review.none|coordination.notNeeded)',
        deadlines: { publication: { status: 'running', dueAt: '2019-10-29T00:00:00+08:00', warnAt: '2019-10-24T00:00:00+08:00' } },
      }),
      send('2019-09-26T09:00:00+08:00', 'review.requested', {}, publisher, [
        { state: 'preparing.(review.pending|coordination.notNeeded)' },
        { case: 'item/review', status: 'open' },
      ]),
      ...reviewChain('2019-10-08' /* first working day after the holiday */, { opinion: 'disclosable' }, [
        { case: 'item/review', status: 'done' },
        { case: 'item', state: 'publishing' },
      ]),
      send(
        '2019-10-08T15:00:00+08:00',
        'item.published',
        { channels: ['portal', 'serviceHallReadingRoom'], location: 'http://www.nxxj.gov.cn/xxgk/' },
        publisher,
        {
          state: 'published',
          status: 'done',
          notices: ['catalogueEntry'],
          deadlines: { publication: { status: 'completed', outcome: 'met' } },
          breaches: [],
        },
      ),
    ],
  },
  {
    name: 'an item formed on 2021-02-01 crosses Spring Festival: the 调休 Sunday 02-07 and Saturday 02-20 count, 02-11…02-17 do not; the warning comes three working days before',
    steps: [
      open(
        '2021-02-01T09:00:00+08:00' /* Monday */,
        item({
          item: { title: '2020年兴隆镇救灾款物发放情况' },
          basis: { article: '第五条', item: 'reliefDistribution' },
          publisher: { name: '西吉县兴隆镇人民政府', level: 'township' },
        }),
        { deadlines: { publication: { dueAt: '2021-03-05T00:00:00+08:00', warnAt: '2021-03-02T00:00:00+08:00' } } },
      ),
      send('2021-02-26T09:00:00+08:00', 'review.requested', { originatingDepartment: '兴隆镇民政办' }),
      tick('2021-03-02T00:00:00+08:00', { fired: ['publication:warning'], breaches: [] }),
      ...reviewChain('2021-03-02'),
      send('2021-03-04T16:00:00+08:00' /* the 20th working day */, 'item.published', { channels: ['portal'] }, office, {
        state: 'published',
        deadlines: { publication: { outcome: 'met' } },
      }),
    ],
  },
  {
    name: 'a county department’s item touching another agency waits for the review and the consultation, and needs an offline medium besides the portal',
    steps: [
      open(
        '2021-03-01T09:00:00+08:00' /* Monday */,
        item({
          item: { title: '2021年农业生产救灾资金分配方案', documentNumber: '西农发〔2021〕12号' },
          basis: { article: '第四条', item: 'socialPolicies' },
          publisher: county,
          agencies: [FINANCE],
        }),
        [
          { state: 'preparing.(review.none|coordination.pending)', deadlines: { publication: { dueAt: '2021-03-30T00:00:00+08:00' } } },
          { case: 'item/coordination', state: 'proactive.preparing', status: 'open' },
        ],
      ),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}, office, { state: 'preparing.(review.pending|coordination.pending)' }),
      // 第八条 and 第十条第一句: published before the review and the agencies' confirmation — recorded, not refused.
      send('2021-03-01T10:05:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'preparing.(review.pending|coordination.pending)',
        breaches: ['publishedBeforeReview', 'publishedBeforeCoordination'],
        deadlines: { publication: { status: 'running' } /* a county department also needs an offline channel (第十一条) */ },
      }),
      ...reviewChain('2021-03-02', { opinion: 'disclosable' }, { case: 'item', state: 'preparing.(review.done|coordination.pending)' }),
      send('2021-03-02T10:00:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'preparing.(review.done|coordination.pending)',
        breaches: ['publishedBeforeReview', 'publishedBeforeCoordination'] /* each recorded once */,
      }),
      coordination.send('2021-03-02T11:00:00+08:00', 'letter.sent', letter('2021年农业生产救灾资金分配方案'), releasing),
      coordination.send('2021-03-02T14:00:00+08:00', 'letter.received', { agency: FINANCE }, consulted),
      coordination.send('2021-03-03T10:00:00+08:00', 'reply.given', { agency: FINANCE, opinion: 'agree' }, consulted, [
        { case: 'item/coordination', status: 'done' },
        { case: 'item', state: 'publishing' },
      ]),
      send('2021-03-03T15:00:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'publishing',
        status: 'open',
        notices: [],
      }),
      send('2021-03-04T09:00:00+08:00', 'item.published', { channels: ['noticeBoard'] }, publisher, {
        state: 'published',
        notices: ['catalogueEntry'],
        deadlines: { publication: { outcome: 'met' } },
      }),
    ],
  },
  {
    name: 'a review that finds the item not disclosable ends the case unpublished (第九条), and it accepts nothing more',
    // The review's short cut (its default routes the refusal through the chain of 保密审查制度第四条).
    parameters: { 'confidentiality-review': { initialRefusalEndsReview: true } },
    steps: [
      open('2021-03-01T09:00:00+08:00', welfareList),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
      reject('2021-03-01T10:01:00+08:00', 'review.requested', {}, 'EVENT_NOT_ALLOWED' /* already under review */),
      reviewRefuses('2021-03-02T09:00:00+08:00', [
        { case: 'item/review', status: 'done' },
        { case: 'item', state: 'withheld', status: 'done', deadlines: { publication: { status: 'cancelled' } } },
      ]),
      // Published all the same: the closed case records 第十二条第2项 (公开不应当公开的).
      send('2021-03-02T10:00:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'withheld',
        status: 'done',
        breaches: ['improperDisclosure'],
      }),
    ],
  },
  {
    name: 'a review that withholds a part lets the rest be published; the catalogue entry says what was withheld',
    steps: [
      open(
        '2021-03-01T09:00:00+08:00',
        item({ item: { title: '2020年政府集中采购项目实施情况' }, basis: { article: '第四条', item: 'centralisedProcurement' } }),
      ),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
      ...reviewChain('2021-03-02', { opinion: 'partlyDisclosable', withheld: '附件3 涉密项目明细' }, { case: 'item', state: 'publishing' }),
      send('2021-03-02T11:00:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'published',
        notices: ['catalogueEntry'],
      }),
    ],
  },
  {
    name: 'when the higher authority decides against release after the consulted agency disagrees, the item is not published (第十条)',
    steps: [
      open(
        '2021-03-01T09:00:00+08:00',
        item({
          item: { title: '2021年农业生产救灾资金分配方案' },
          publisher: county,
          basis: { article: '第四条', item: 'socialPolicies' },
          agencies: [FINANCE],
        }),
      ),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
      ...reviewChain('2021-03-02'),
      coordination.send('2021-03-02T11:00:00+08:00', 'letter.sent', letter('2021年农业生产救灾资金分配方案'), releasing),
      coordination.send('2021-03-02T14:00:00+08:00', 'letter.received', { agency: FINANCE }, consulted),
      coordination.send(
        '2021-03-03T10:00:00+08:00',
        'reply.given',
        { agency: FINANCE, opinion: 'disagree', reasons: '资金尚未拨付到位' },
        consulted,
      ),
      coordination.send('2021-03-03T11:00:00+08:00', 'matter.escalated', { authority: '西吉县人民政府办公室' }, releasing),
      coordination.send(
        '2021-03-04T10:00:00+08:00',
        'authority.decided',
        { authority: '西吉县人民政府办公室', release: false, reasons: '资金拨付前暂不公开' },
        authority,
        [
          { case: 'item/coordination', status: 'done' },
          { case: 'item', state: 'notReleased', status: 'done', deadlines: { publication: { status: 'cancelled' } } },
        ],
      ),
    ],
  },
  {
    name: 'an item formed on 2020-09-24 and not published by the end of 2020-10-28 is a breach of 第十二条第1项; publishing later is a missed deadline',
    steps: [
      open('2020-09-24T09:00:00+08:00' /* Thursday before 国庆/中秋 */, item({ item: { title: '2020年1—8月西吉县统计信息' } }), {
        deadlines: { publication: { dueAt: '2020-10-29T00:00:00+08:00', warnAt: '2020-10-24T00:00:00+08:00' } },
      }),
      tick('2020-10-29T00:00:00+08:00', {
        fired: ['publication:warning', 'publication:due'],
        breaches: ['publicationOverdue'],
        state: 'preparing.(review.none|coordination.notNeeded)',
      }),
      send('2020-10-29T09:00:00+08:00', 'review.requested', {}),
      ...reviewChain('2020-10-30'),
      send('2020-10-30T11:00:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'published',
        deadlines: { publication: { status: 'completed', outcome: 'missed' } },
        breaches: ['publicationOverdue'],
      }),
    ],
  },
  {
    name: 'a changed item not published within 20 working days is a failure to update (第十二条第3项)',
    steps: [
      open(
        '2021-03-01T09:00:00+08:00',
        item({
          change: 'changed',
          item: { title: '西吉县行政事业性收费目录（2021年修订）' },
          basis: { article: '第四条', item: 'administrativeFees' },
        }),
        {
          deadlines: { publication: { dueAt: '2021-03-30T00:00:00+08:00' } },
        },
      ),
      tick('2021-03-30T00:00:00+08:00', { fired: ['publication:warning', 'publication:due'], breaches: ['updateOverdue'] }),
    ],
  },
  {
    name: 'a major item is published only when its press conference is held as well (第十一条)',
    steps: [
      open('2021-03-01T09:00:00+08:00', majorProjects),
      reject(
        '2021-03-01T09:30:00+08:00',
        'pressConference.held',
        { spokesperson: '马某' },
        'EVENT_NOT_ALLOWED' /* not before the review */,
        spokesperson,
      ),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
      ...reviewChain('2021-03-02'),
      send('2021-03-02T11:00:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'publishing',
        deadlines: { publication: { status: 'running' } },
      }),
      reject('2021-03-03T09:00:00+08:00', 'pressConference.held', { spokesperson: '马某' }, 'ROLE_NOT_ALLOWED', publisher),
      reject('2021-03-03T09:01:00+08:00', 'pressConference.held', { spokesperson: '' }, 'INVALID_PAYLOAD', spokesperson),
      send(
        '2021-03-03T10:00:00+08:00',
        'pressConference.held',
        { spokesperson: '马某', conference: '2021年第3场新闻发布会' },
        spokesperson,
        {
          state: 'published',
          notices: ['catalogueEntry'],
          deadlines: { publication: { outcome: 'met' } },
          breaches: [],
        },
      ),
    ],
  },
  {
    name: 'a press conference held before the online publication is counted once; a second one is not accepted',
    steps: [
      open(
        '2021-03-01T09:00:00+08:00',
        item({ item: { title: '西吉县新冠肺炎疫情防控应急预案' }, basis: { article: '第四条', item: 'publicEmergencies' }, major: true }),
      ),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
      ...reviewChain('2021-03-02'),
      send('2021-03-02T10:00:00+08:00', 'pressConference.held', { spokesperson: '马某' }, office, { state: 'publishing' }),
      reject('2021-03-02T10:30:00+08:00', 'pressConference.held', { spokesperson: '马某' }, 'EVENT_NOT_ALLOWED', spokesperson),
      send(
        '2021-03-02T11:00:00+08:00',
        'item.published',
        { channels: ['portal', 'libraryReadingRoom', 'archivesReadingRoom'] },
        publisher,
        { state: 'published' },
      ),
    ],
  },
  {
    name: 'with pressConferenceCompletesPublication off, a major item published online meets the deadline, and the missing press conference is a breach',
    parameters: { 'proactive-disclosure': { pressConferenceCompletesPublication: false } },
    steps: [
      open('2021-03-01T09:00:00+08:00', majorProjects),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
      ...reviewChain('2021-03-02'),
      send('2021-03-02T11:00:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'published',
        deadlines: { publication: { outcome: 'met' } },
        breaches: ['pressConferenceMissing'],
      }),
      // Issue 15: the conference held after the portal publication is recorded on the closed case.
      send('2021-03-04T15:00:00+08:00', 'pressConference.held', { spokesperson: '马某' }, spokesperson, {
        state: 'pressConferenceHeld',
        status: 'done',
        breaches: ['pressConferenceMissing'],
      }),
      reject('2021-03-05T15:00:00+08:00', 'pressConference.held', { spokesperson: '马某' }, 'CASE_CLOSED', spokesperson),
    ],
  },
  {
    name: 'where a law sets another period (第六条第二句) no 20-day clock runs',
    steps: [
      open(
        '2021-03-01T09:00:00+08:00',
        item({
          item: { title: '2020年度西吉县环境质量状况' },
          basis: { article: '第三条', criterion: 'requiredByLaw' },
          otherPeriod: { law: '《环境信息公开办法（试行）》' },
        }),
        {
          state: 'preparing.(review.none|coordination.notNeeded)',
          deadlines: { publication: 'absent' },
        },
      ),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
      ...reviewChain('2021-03-02'),
      send('2021-03-02T11:00:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'published',
        deadlines: { publication: 'absent' },
      }),
    ],
  },
  {
    name: 'the supervisory organ records a violation of 第十二条 and orders a correction; the office records one without an order',
    steps: [
      open('2021-03-01T09:00:00+08:00', item()),
      send(
        '2021-03-05T09:00:00+08:00',
        'violation.recorded',
        { situation: 'improperDisclosure', facts: '审查前已在微信公众号发布含个人信息的名单' },
        supervisor,
        {
          notices: ['correctionOrder'],
          breaches: ['improperDisclosure'],
          state: 'preparing.(review.none|coordination.notNeeded)',
        },
      ),
      send(
        '2021-03-05T10:00:00+08:00',
        'violation.recorded',
        { situation: 'contentNotUpdated', facts: '门户网站收费标准仍为2019年版本' },
        office,
        { notices: [], breaches: ['improperDisclosure', 'contentNotUpdated'] },
      ),
      send('2021-03-05T11:00:00+08:00', 'violation.recorded', { situation: 'dutyNotPerformed', facts: '未建立主动公开台账' }, supervisor, {
        breaches: ['improperDisclosure', 'contentNotUpdated', 'dutyNotPerformed'],
      }),
      reject(
        '2021-03-05T12:00:00+08:00',
        'violation.recorded',
        { situation: 'improperDisclosure', facts: '…' },
        'ROLE_NOT_ALLOWED',
        publisher,
      ),
      reject('2021-03-05T12:01:00+08:00', 'violation.recorded', { situation: 'lateReply', facts: '…' }, 'INVALID_PAYLOAD', supervisor),
    ],
  },
  {
    name: 'rejections: wrong role, invalid payload and wrong state for each event',
    steps: [
      open('2021-03-01T09:00:00+08:00', item({ major: true })),
      reject('2021-03-01T09:10:00+08:00', 'review.requested', {}, 'ROLE_NOT_ALLOWED', spokesperson),
      reject('2021-03-01T09:11:00+08:00', 'review.requested', { originatingDepartment: '' }, 'INVALID_PAYLOAD'),
      reject('2021-03-01T09:12:00+08:00', 'item.published', { channels: [] }, 'INVALID_PAYLOAD'),
      reject('2021-03-01T09:13:00+08:00', 'item.published', { channels: ['wechat'] }, 'INVALID_PAYLOAD'),
      reject('2021-03-01T09:14:00+08:00', 'item.published', { channels: ['portal'] }, 'ROLE_NOT_ALLOWED', spokesperson),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
      ...reviewChain('2021-03-02'),
      reject('2021-03-02T10:00:00+08:00', 'review.requested', {}, 'EVENT_NOT_ALLOWED' /* the review is done */),
      send('2021-03-02T11:00:00+08:00', 'item.published', { channels: ['noticeBoard'] }, publisher, {
        state: 'publishing' /* not on the portal yet */,
      }),
      send('2021-03-02T11:10:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'publishing' /* the press conference is missing */,
      }),
      send('2021-03-02T15:00:00+08:00', 'pressConference.held', { spokesperson: '马某' }, spokesperson, {
        state: 'published',
        status: 'done',
      }),
      // 第十二条第2项 is found after publication by nature: the closed case records it (issue 15).
      send(
        '2021-03-05T15:30:00+08:00',
        'violation.recorded',
        { situation: 'improperDisclosure', facts: '公开的附件含个人身份证号码' },
        supervisor,
        { state: 'published', status: 'done', breaches: ['improperDisclosure'], notices: ['correctionOrder'] },
      ),
      send('2021-04-30T09:00:00+08:00', 'violation.recorded', { situation: 'contentNotUpdated', facts: '项目计划调整后未更新' }, office, {
        state: 'published',
        breaches: ['improperDisclosure', 'contentNotUpdated'],
        notices: [],
      }),
    ],
  },
  {
    name: '第十条第二句 (issue 15): statistics that need approval, published on the portal before the approval, record the breach with its clause; the publication is not refused',
    steps: [
      open('2021-03-01T09:00:00+08:00', item({ approval: { law: '《中华人民共和国统计法》第二十五条', authority: '固原市统计局' } })),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
      ...reviewChain('2021-03-02'),
      send('2021-03-02T11:00:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'published',
        status: 'done',
        breaches: ['publishedWithoutApproval'],
        notices: ['catalogueEntry'],
        deadlines: { publication: { outcome: 'met' } },
      }),
    ],
  },
  {
    name: '第十条第二句 (issue 15): the approval recorded before publication, the same statistics are published without a breach',
    steps: [
      open('2021-03-01T09:00:00+08:00', item({ approval: { law: '《中华人民共和国统计法》第二十五条', authority: '固原市统计局' } })),
      send('2021-03-01T09:30:00+08:00', 'approval.granted', { authority: '固原市统计局', reference: '固统函〔2021〕8号' }, office),
      reject(
        '2021-03-01T09:31:00+08:00',
        'approval.granted',
        { authority: '固原市统计局', reference: '固统函〔2021〕8号' },
        'EVENT_NOT_ALLOWED',
        office,
      ),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
      ...reviewChain('2021-03-02'),
      send('2021-03-02T11:00:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'published',
        breaches: [],
      }),
    ],
  },
  {
    name: '第八条: published on the portal before the review ended — the breach is recorded, the 20 working days of 第六条 were met that day, and the cleared item ends published on that date',
    steps: [
      open('2021-03-01T09:00:00+08:00', item(), { deadlines: { publication: { dueAt: '2021-03-30T00:00:00+08:00' } } }),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
      send('2021-03-01T11:00:00+08:00', 'item.published', { channels: ['portal'] }, publisher, {
        state: 'preparing.(review.pending|coordination.notNeeded)',
        breaches: ['publishedBeforeReview'],
        deadlines: { publication: { outcome: 'met' } },
      }),
      ...reviewChain('2021-03-31', { opinion: 'disclosable' }, [
        { case: 'item/review', status: 'done' },
        { case: 'item', state: 'published', status: 'done', notices: ['catalogueEntry'], breaches: ['publishedBeforeReview'] },
      ]),
    ],
  },
  {
    name: '第八条, 第九条 and 第十二条第2项: published before the review, which then withholds the item — both breaches are recorded and the case ends withheld',
    parameters: { 'confidentiality-review': { initialRefusalEndsReview: true } },
    steps: [
      open('2021-03-01T09:00:00+08:00', welfareList),
      send('2021-03-01T10:00:00+08:00', 'review.requested', {}),
      send('2021-03-01T11:00:00+08:00', 'item.published', { channels: ['portal'] }, publisher, { breaches: ['publishedBeforeReview'] }),
      reviewRefuses('2021-03-02T09:00:00+08:00', [
        { case: 'item/review', status: 'done' },
        { case: 'item', state: 'withheld', status: 'done', breaches: ['publishedBeforeReview', 'improperDisclosure'] },
      ]),
    ],
  },
  {
    name: '第八条 and 保密审查制度第七条/第十条 (issue 15): the co-issuing departments and the marking reach the child review, which asks for their written consent',
    steps: [
      open('2021-03-01T09:00:00+08:00', item()),
      send('2021-03-01T10:00:00+08:00', 'review.requested', { jointlyIssuedWith: ['西吉县卫生健康局'], marking: '非密' }, publisher, [
        { case: 'item/review', state: 'reviewing.initialOpinion', notices: ['jointConsentRequest'] },
      ]),
    ],
  },
];

describeRuleModule(proactiveDisclosure, {
  dependencies: [confidentialityReview, releaseCoordination],
  readme: new URL('../README.md', import.meta.url).pathname,
  scenarios,
});
