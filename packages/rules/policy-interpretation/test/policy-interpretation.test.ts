import { caseSteps, describeRuleModule, type Scenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import {
  catalogueEntrySchema,
  interpretationDocumentsSchema,
  interpretationPlanSchema,
  interpretationReleaseSchema,
  minutesLate,
  onWebsite,
  policyInterpretation,
} from '../src/index.js';

/** The one-line steps of the case `as` (see caseSteps in @zwgk/testing). */
const on = (as: string) => caseSteps(as, { module: 'policy-interpretation' });

const unit = { id: 'education-bureau', role: 'draftingUnit' } as const;
const government = { id: 'county-government', role: 'countyGovernment' } as const;
const website = { id: 'xiji-gov-cn', role: 'websiteOperator' } as const;
const office = { id: 'disclosure-office', role: 'disclosureOffice' } as const;

const policy = {
  title: '西吉县学前教育资助办法',
  draftingUnit: '县教育局',
  kind: 'normativeDocument',
  issuer: 'countyGovernmentOffice',
} as const;
const plan = {
  outline: '资助对象、标准、申请程序',
  forms: ['questionsAndAnswers', 'leaderArticle'],
  channels: ['governmentWebsite', 'weibo'],
  timing: '与文件同步发布',
};
const request = { reference: '西教发〔2020〕21号请示', interpretation: { plan } };
const decision = { reference: '县政府常务会议纪要〔2020〕15号' };
const materials = {
  materials: [
    { title: '《西吉县学前教育资助办法》政策问答', form: 'questionsAndAnswers' },
    { title: '局长解读文章', form: 'leaderArticle' },
  ],
};
const release = { channels: ['governmentWebsite', 'weibo'], url: 'http://www.nxxj.gov.cn/zcjd/1.html' };
/** A release at a press conference, before the website carries the interpretation. */
const pressRelease = { channels: ['spokesperson', 'newsMedia'] };

/** Opens a case and takes it to `materialsReady` with a plan whose 解读时间 is `publishBy` (or none). */
const upToMaterials = (approvedAt: string, publishBy?: string): Scenario['steps'] => [
  on('p').open('2020-09-01T09:00:00+08:00', policy, { actor: unit }),
  on('p').send(
    '2020-09-01T10:00:00+08:00',
    'request.submitted',
    {
      ...request,
      interpretation: { plan: publishBy === undefined ? plan : { ...plan, timing: `${publishBy}前发布`, publishBy } },
    },
    unit,
  ),
  on('p').send(approvedAt, 'policy.approved', decision, government),
];

describeRuleModule(policyInterpretation, {
  readme: new URL('../README.md', import.meta.url).pathname,
  scenarios: [
    {
      name: 'a policy sent with its interpretation plan is approved, its materials are prepared and it is published together with its interpretation',
      steps: [
        on('p').open('2020-09-21T09:00:00+08:00', policy, { actor: unit, expect: { state: 'drafting' } }),
        on('p').send('2020-09-21T09:10:00+08:00', 'office.urged', { message: '请随请示一并报送解读方案' }, office, {
          state: 'drafting',
          notices: ['urge'],
        }),
        on('p').send('2020-09-22T10:00:00+08:00', 'request.submitted', request, unit, { state: 'underReview' }),
        on('p').send('2020-09-25T16:00:00+08:00', 'policy.approved', decision, government, { state: 'preparingMaterials' }),
        on('p').send('2020-09-27T09:00:00+08:00' /* 调休 Sunday */, 'office.urged', { message: '请及时编写解读材料' }, office, {
          notices: ['urge'],
        }),
        on('p').send('2020-09-28T09:00:00+08:00', 'materials.prepared', materials, unit, { state: 'materialsReady' }),
        on('p').send(
          '2020-09-28T11:00:00+08:00',
          'materials.prepared',
          { materials: [...materials.materials, { title: '专家访谈', form: 'expert' }] },
          unit,
          { state: 'materialsReady' },
        ),
        on('p').send(
          '2020-09-29T10:00:00+08:00',
          'policy.published',
          { url: 'http://www.nxxj.gov.cn/zfxxgk/1.html', interpretation: release },
          website,
          { state: 'published', status: 'done', notices: ['catalogueEntry'], breaches: [] },
        ),
      ],
    },
    {
      name: 'a request sent with drafting notes only is accepted (第二部分: 解读方案或起草说明), and an interpretation published at the same instant as the policy is simultaneous',
      steps: [
        on('p').open('2021-02-08T09:00:00+08:00', { ...policy, kind: 'importantPolicy', issuer: 'countyGovernment' }, { actor: unit }),
        on('p').send(
          '2021-02-08T10:00:00+08:00',
          'request.submitted',
          { reference: '请示', interpretation: { draftingNotes: '起草背景、依据和主要内容' } },
          unit,
          { state: 'underReview' },
        ),
        on('p').send('2021-02-09T10:00:00+08:00', 'policy.approved', decision, government),
        on('p').send('2021-02-10T10:00:00+08:00', 'materials.prepared', materials, unit),
        on('p').send(
          '2021-02-12T10:00:00+08:00' /* 春节 2021: publication is not limited to working days */,
          'policy.published',
          {},
          website,
          { state: 'awaitingInterpretation', notices: [] },
        ),
        on('p').send('2021-02-12T10:00:00+08:00', 'interpretation.published', release, website, {
          state: 'published',
          notices: ['catalogueEntry'],
          breaches: [],
        }),
      ],
    },
    {
      name: 'an interpretation published a week after the policy, across National Day, is a breach',
      steps: [
        on('p').open('2020-09-21T09:00:00+08:00', policy, { actor: unit }),
        on('p').send('2020-09-21T10:00:00+08:00', 'request.submitted', request, unit),
        on('p').send('2020-09-24T10:00:00+08:00', 'policy.approved', decision, government),
        on('p').send('2020-09-29T10:00:00+08:00', 'materials.prepared', materials, unit),
        on('p').send('2020-09-30T10:00:00+08:00', 'policy.published', { url: 'http://www.nxxj.gov.cn/zfxxgk/2.html' }, website, {
          state: 'awaitingInterpretation',
          breaches: [],
        }),
        on('p').send('2020-10-08T09:00:00+08:00' /* after 国庆 2020 */, 'interpretation.published', release, website, {
          state: 'published',
          status: 'done',
          notices: ['catalogueEntry'],
          breaches: ['interpretationNotSimultaneous'],
        }),
      ],
    },
    {
      name: 'with a tolerance of 30 minutes an interpretation 20 minutes after the policy is simultaneous, and one 31 minutes after is not',
      parameters: { 'policy-interpretation': { simultaneityToleranceMinutes: 30 } },
      steps: [
        on('a').open('2019-04-01T09:00:00+08:00', policy, { actor: unit }),
        on('a').send('2019-04-01T09:01:00+08:00', 'request.submitted', request, unit),
        on('a').send('2019-04-02T09:00:00+08:00', 'policy.approved', decision, government),
        on('a').send('2019-04-03T09:00:00+08:00', 'materials.prepared', materials, unit),
        on('a').send('2019-04-04T09:00:00+08:00', 'policy.published', {}, website),
        on('a').send('2019-04-04T09:20:00+08:00', 'interpretation.published', release, website, { state: 'published', breaches: [] }),
        on('b').open('2019-04-04T10:00:00+08:00', { ...policy, title: '另一办法' }, { actor: unit }),
        on('b').send('2019-04-04T10:01:00+08:00', 'request.submitted', request, unit),
        on('b').send('2019-04-04T10:02:00+08:00', 'policy.approved', decision, government),
        on('b').send('2019-04-04T10:03:00+08:00', 'materials.prepared', materials, unit),
        on('b').send('2019-04-04T11:00:00+08:00', 'policy.published', {}, website),
        on('b').send('2019-04-04T11:31:00+08:00', 'interpretation.published', release, website, {
          breaches: ['interpretationNotSimultaneous'],
        }),
      ],
    },
    // 《西吉县政府网站及新媒体建设运营管理制度》第十八条第(三)项 (发布重要政策文件时,应当同步发布…解读材料): a
    // website that publishes the policy before the drafting unit has provided the materials publishes it
    // without its interpretation. The publication is recorded, and so is the breach, at that instant and
    // once, whatever the tolerance (there was nothing to publish with it).
    ...(
      [
        // After approval, published on the eve of 国庆 2020; materials and interpretation follow after the holiday.
        {
          tolerance: 0,
          publishedAt: '2020-09-29T10:00:00+08:00',
          preparedAt: '2020-10-09T09:00:00+08:00',
          interpretationAt: '2020-10-09T15:00:00+08:00',
        },
        // A 30-minute tolerance does not help: the materials did not exist when the policy came out.
        {
          tolerance: 30,
          publishedAt: '2019-04-04T11:00:00+08:00',
          preparedAt: '2019-04-04T11:05:00+08:00',
          interpretationAt: '2019-04-04T11:10:00+08:00',
        },
        // Published in the 春节 2021 holiday; the materials never come: the breach is on record all the same.
        { tolerance: 0, publishedAt: '2021-02-12T10:00:00+08:00', preparedAt: null, interpretationAt: null },
      ] as const
    ).map(
      ({ tolerance, publishedAt, preparedAt, interpretationAt }): Omit<Scenario, 'modules'> => ({
        name: `网站第十八条(三): a policy published at ${publishedAt} before its materials are prepared is recorded with the breach (tolerance ${tolerance} min)`,
        parameters: { 'policy-interpretation': { simultaneityToleranceMinutes: tolerance } },
        steps: [
          on('p').open('2019-01-02T09:00:00+08:00', policy, { actor: unit }),
          on('p').send('2019-01-02T10:00:00+08:00', 'request.submitted', request, unit),
          on('p').send('2019-01-03T10:00:00+08:00', 'policy.approved', decision, government, { state: 'preparingMaterials' }),
          on('p').send(publishedAt, 'policy.published', { interpretation: release }, website, {
            rejected: 'EVENT_NOT_ALLOWED' /* no materials to publish with it */,
          }),
          on('p').send(publishedAt, 'policy.published', { url: 'http://www.nxxj.gov.cn/zfxxgk/3.html' }, website, {
            state: 'awaitingMaterials',
            status: 'open',
            notices: [],
            breaches: ['interpretationNotSimultaneous'],
          }),
          on('p').send(publishedAt, 'interpretation.published', release, website, { rejected: 'EVENT_NOT_ALLOWED' /* materials first */ }),
          on('p').send(publishedAt, 'office.urged', { message: '文件已发布，请立即报送解读材料' }, office, {
            state: 'awaitingMaterials',
            notices: ['urge'],
          }),
          ...(preparedAt === null || interpretationAt === null
            ? []
            : ([
                on('p').send(preparedAt, 'materials.prepared', materials, unit, {
                  state: 'awaitingInterpretation',
                  breaches: ['interpretationNotSimultaneous'],
                }),
                // Not recorded a second time.
                on('p').send(interpretationAt, 'interpretation.published', release, website, {
                  state: 'published',
                  status: 'done',
                  notices: ['catalogueEntry'],
                  breaches: ['interpretationNotSimultaneous'],
                }),
              ] satisfies Scenario['steps'])),
        ],
      }),
    ),
    // 第二部分 按时发布: the plan's 解读时间 as a date is a deadline (24:00 that day, no roll-forward); the
    // first release on any channel meets it. Missed, the breach is recorded and the case goes on.
    ...(
      [
        {
          name: 'a plan dated 2020-09-30 whose interpretation comes out after 国庆 2020 misses 按时发布 at 24:00 on 09-30',
          publishBy: '2020-09-30',
          dueAt: '2020-10-01T00:00:00+08:00',
          steps: [
            on('p').send('2020-09-29T10:00:00+08:00', 'materials.prepared', materials, unit),
            on('p').send('2020-09-30T10:00:00+08:00', 'policy.published', {}, website, { state: 'awaitingInterpretation', breaches: [] }),
            on('p').tick('2020-10-01T00:00:00+08:00', {
              fired: ['publication:due'],
              breaches: ['interpretationLate'],
              state: 'awaitingInterpretation',
            }),
            on('p').send('2020-10-05T10:00:00+08:00' /* 国庆 2020 */, 'office.urged', { message: '请立即发布解读' }, office, {
              notices: ['urge'],
            }),
            on('p').send('2020-10-09T09:00:00+08:00', 'interpretation.published', release, website, {
              state: 'published',
              status: 'done',
              notices: ['catalogueEntry'],
              breaches: ['interpretationLate', 'interpretationNotSimultaneous'],
              deadlines: { publication: { status: 'completed', outcome: 'missed' } },
            }),
          ],
        },
        {
          name: 'a plan dated 2020-10-03, a 国庆 holiday, is met by the policy and its interpretation published together on 10-03',
          publishBy: '2020-10-03',
          dueAt: '2020-10-04T00:00:00+08:00',
          steps: [
            on('p').send('2020-09-29T10:00:00+08:00', 'materials.prepared', materials, unit),
            on('p').send('2020-10-03T20:00:00+08:00', 'policy.published', { interpretation: release }, website, {
              state: 'published',
              notices: ['catalogueEntry'],
              breaches: [],
              deadlines: { publication: { status: 'completed', outcome: 'met' } },
            }),
          ],
        },
        {
          name: 'a plan dated 2020-09-20 approved on 09-24 is already late at approval: the breach is recorded at the next tick',
          publishBy: '2020-09-20',
          dueAt: '2020-09-21T00:00:00+08:00',
          steps: [],
        },
      ] as const
    ).map(
      ({ name, publishBy, dueAt, steps }): Omit<Scenario, 'modules'> => ({
        name: `第二部分 按时发布: ${name}`,
        steps: [
          ...upToMaterials('2020-09-24T10:00:00+08:00', publishBy),
          {
            at: '2020-09-24T10:00:30+08:00',
            tick: true,
            // 24 hours from 00:00 of the plan's date: 24:00 that day, holiday or not; a date already past fires at once.
            expect:
              dueAt < '2020-09-24'
                ? {
                    case: 'p',
                    state: 'preparingMaterials',
                    fired: ['publication:due'],
                    breaches: ['interpretationLate'],
                    deadlines: { publication: { dueAt, status: 'running' } },
                  }
                : {
                    case: 'p',
                    state: 'preparingMaterials',
                    fired: [],
                    breaches: [],
                    deadlines: { publication: { dueAt, status: 'running' } },
                  },
          },
          ...steps,
        ],
      }),
    ),
    {
      name: '第二部分: a plan without a date (与文件同步发布) starts no 按时发布 deadline; 网站第十八条(三) checks it at publication',
      steps: [
        ...upToMaterials('2020-09-24T10:00:00+08:00'),
        on('p').tick('2020-09-24T10:01:00+08:00', { deadlines: { publication: 'absent', website: 'absent' } }),
      ],
    },
    // 第五部分 政府网站是政策解读的第一平台: a release at a press conference is recorded; the website must
    // carry the interpretation within websiteFollowUpWorkingDays, else a breach, and the case waits for it.
    // 网站第十八条(三) judges the website release for 同步发布.
    ...(
      [
        // Monday 2021-03-01: 1 working day, due 24:00 on Tuesday 03-02; the website follows on 03-02 (met).
        { days: 1, releasedAt: '2021-03-01T10:00:00+08:00', dueAt: '2021-03-03T00:00:00+08:00', websiteAt: '2021-03-02T09:00:00+08:00' },
        // Friday 2021-03-05: due 24:00 on Monday 03-08; the website follows on Wednesday 03-10 (missed).
        { days: 1, releasedAt: '2021-03-05T10:00:00+08:00', dueAt: '2021-03-09T00:00:00+08:00', websiteAt: '2021-03-10T09:00:00+08:00' },
        // Parameter 3 working days: due 24:00 on Wednesday 03-10; the same website release is in time.
        { days: 3, releasedAt: '2021-03-05T10:00:00+08:00', dueAt: '2021-03-11T00:00:00+08:00', websiteAt: '2021-03-10T09:00:00+08:00' },
      ] as const
    ).flatMap(({ days, releasedAt, dueAt, websiteAt }): Omit<Scenario, 'modules'>[] => {
      const missed = websiteAt >= dueAt;
      const late = missed ? (['interpretationNotOnWebsite'] as const) : [];
      return (['withPolicy', 'afterPolicy'] as const).map((when) => ({
        name: `第五部分 第一平台: released at a press conference ${when === 'withPolicy' ? 'with' : 'after'} the policy at ${releasedAt}, on the website at ${websiteAt} (${days} working day(s), due ${dueAt})`,
        parameters: { 'policy-interpretation': { websiteFollowUpWorkingDays: days } },
        steps: [
          ...upToMaterials('2021-02-24T10:00:00+08:00'),
          on('p').send('2021-02-25T10:00:00+08:00', 'materials.prepared', materials, unit),
          ...((when === 'withPolicy'
            ? [
                on('p').send(releasedAt, 'policy.published', { interpretation: pressRelease }, website, {
                  state: 'awaitingWebsite',
                  notices: [],
                  deadlines: { website: { dueAt, status: 'running', length: days } },
                }),
              ]
            : [
                on('p').send(releasedAt, 'policy.published', {}, website),
                on('p').send(releasedAt, 'interpretation.published', pressRelease, unit, {
                  state: 'awaitingWebsite',
                  notices: [],
                  deadlines: { website: { dueAt, status: 'running', length: days } },
                }),
              ]) satisfies Scenario['steps']),
          on('p').send(releasedAt.replace('10:00', '11:00'), 'office.urged', { message: '请在政府网站同步发布解读' }, office, {
            state: 'awaitingWebsite',
            notices: ['urge'],
          }),
          ...((missed
            ? [on('p').tick(dueAt, { fired: ['website:due'], breaches: ['interpretationNotOnWebsite'] })]
            : []) satisfies Scenario['steps']),
          on('p').send(websiteAt.replace('09:00', '08:00'), 'interpretation.published', { channels: ['weibo'] }, unit, {
            state: 'awaitingWebsite',
            notices: [],
            breaches: [...late],
          }),
          on('p').send(websiteAt, 'interpretation.published', release, website, {
            state: 'published',
            status: 'done',
            notices: ['catalogueEntry'],
            // The website carried it a day or more after the policy: not 同步 (网站第十八条(三)).
            breaches: [...late, 'interpretationNotSimultaneous'],
            deadlines: { website: { status: 'completed', outcome: missed ? 'missed' : 'met' } },
          }),
        ],
      }));
    }),
    {
      name: '第五部分 及时更新解读内容: updates after publication are recorded on the closed case and enter the catalogue again',
      steps: [
        ...upToMaterials('2020-09-24T10:00:00+08:00'),
        on('p').send('2020-09-28T09:00:00+08:00', 'materials.prepared', materials, unit),
        on('p').send('2020-09-29T10:00:00+08:00', 'policy.published', { interpretation: release }, website, {
          state: 'published',
          status: 'done',
        }),
        on('p').send('2020-10-12T10:00:00+08:00', 'interpretation.updated', { channels: ['governmentWebsite'] }, website, {
          rejected: 'INVALID_PAYLOAD' /* say what was updated */,
        }),
        on('p').send(
          '2020-10-12T10:01:00+08:00',
          'interpretation.updated',
          { channels: ['governmentWebsite'], summary: '补充常见问题解答第6-8问', url: 'http://www.nxxj.gov.cn/zcjd/1.html' },
          website,
          { state: 'published', status: 'done', notices: ['catalogueEntry'], breaches: [] },
        ),
        on('p').send('2020-11-02T10:00:00+08:00', 'interpretation.updated', { channels: ['weibo'], summary: '发布图解' }, unit, {
          state: 'published',
          notices: ['catalogueEntry'],
        }),
        on('p').send('2020-11-02T10:05:00+08:00', 'interpretation.updated', { channels: ['weibo'], summary: '发布图解' }, office, {
          rejected: 'ROLE_NOT_ALLOWED',
        }),
        on('p').send('2020-11-03T10:00:00+08:00', 'office.urged', { message: '请更新' }, office, { rejected: 'CASE_CLOSED' }),
      ],
    },
    {
      name: 'a policy the government does not approve ends without publication',
      steps: [
        on('p').open('2022-01-28T09:00:00+08:00', policy, { actor: unit }),
        on('p').send('2022-01-29T09:00:00+08:00' /* 调休 Saturday */, 'request.submitted', request, unit),
        on('p').send('2022-02-07T09:00:00+08:00', 'policy.notApproved', { reason: '与上位政策不一致' }, government, {
          state: 'notApproved',
          status: 'done',
        }),
      ],
    },
    {
      name: 'events from the wrong role, in the wrong state or with an invalid payload are rejected; an interpretation cannot be published before its materials are prepared',
      steps: [
        on('bad').open(
          '2019-09-23T09:00:00+08:00',
          { ...policy, draftingUnit: '' },
          { actor: unit, expect: { rejected: 'INVALID_PAYLOAD' } },
        ),
        on('bad').open(
          '2019-09-23T09:00:00+08:00',
          { ...policy, kind: 'notice' },
          { actor: unit, expect: { rejected: 'INVALID_PAYLOAD' } },
        ),
        on('p').open('2019-09-23T09:00:00+08:00', policy, { actor: unit }),
        on('p').send('2019-09-23T09:01:00+08:00', 'request.submitted', { reference: '请示', interpretation: {} }, unit, {
          rejected: 'INVALID_PAYLOAD' /* neither plan nor drafting notes */,
        }),
        on('p').send('2019-09-23T09:02:00+08:00', 'request.submitted', { reference: '请示' }, unit, { rejected: 'INVALID_PAYLOAD' }),
        on('p').send(
          '2019-09-23T09:03:00+08:00',
          'request.submitted',
          { reference: '请示', interpretation: { plan: { ...plan, forms: [] } } },
          unit,
          { rejected: 'INVALID_PAYLOAD' /* 解读形式 missing */ },
        ),
        on('p').send(
          '2019-09-23T09:04:00+08:00',
          'request.submitted',
          { reference: '请示', interpretation: { plan: { ...plan, timing: '' } } },
          unit,
          { rejected: 'INVALID_PAYLOAD' /* 解读时间 missing */ },
        ),
        on('p').send('2019-09-23T09:05:00+08:00', 'request.submitted', request, website, { rejected: 'ROLE_NOT_ALLOWED' }),
        on('p').send('2019-09-23T09:06:00+08:00', 'policy.approved', decision, government, {
          rejected: 'EVENT_NOT_ALLOWED' /* no request yet */,
        }),
        on('p').send('2019-09-23T09:07:00+08:00', 'request.submitted', request, unit, { state: 'underReview' }),
        on('p').send('2019-09-23T09:08:00+08:00', 'policy.approved', decision, unit, { rejected: 'ROLE_NOT_ALLOWED' }),
        on('p').send('2019-09-23T09:09:00+08:00', 'office.urged', { message: '请同步准备解读材料' }, office, {
          state: 'underReview',
          notices: ['urge'] /* 第五部分: the office urges at any time before publication */,
        }),
        on('p').send('2019-09-23T09:10:00+08:00', 'policy.approved', decision, government, { state: 'preparingMaterials' }),
        on('p').send('2019-09-23T09:11:00+08:00', 'policy.published', { interpretation: release }, website, {
          rejected: 'EVENT_NOT_ALLOWED' /* no interpretation materials yet */,
        }),
        on('p').send('2019-09-23T09:12:00+08:00', 'interpretation.published', release, website, { rejected: 'EVENT_NOT_ALLOWED' }),
        on('p').send('2019-09-23T09:13:00+08:00', 'materials.prepared', { materials: [] }, unit, { rejected: 'INVALID_PAYLOAD' }),
        on('p').send('2019-09-23T09:14:00+08:00', 'materials.prepared', { materials: [{ title: '短视频', form: 'other' }] }, unit, {
          rejected: 'INVALID_PAYLOAD' /* other form not named */,
        }),
        on('p').send(
          '2019-09-23T09:15:00+08:00',
          'materials.prepared',
          { materials: [{ title: '短视频', form: 'other', otherForm: '抖音短视频' }] },
          unit,
          { state: 'materialsReady' },
        ),
        on('p').send('2019-09-23T09:16:00+08:00', 'interpretation.published', release, website, {
          rejected: 'EVENT_NOT_ALLOWED' /* not before the policy */,
        }),
        on('p').send('2019-09-23T09:17:00+08:00', 'policy.published', { interpretation: { channels: [] } }, website, {
          rejected: 'INVALID_PAYLOAD' /* a release names its channels */,
        }),
        on('p').send('2019-09-23T09:18:00+08:00', 'policy.published', { interpretation: release }, unit, { rejected: 'ROLE_NOT_ALLOWED' }),
        on('p').send('2019-09-23T09:19:00+08:00', 'policy.withdrawn', {}, unit, { rejected: 'UNKNOWN_EVENT' }),
        on('p').send('2019-09-23T09:20:00+08:00', 'policy.published', { interpretation: release }, website, { status: 'done' }),
        on('p').send('2019-09-23T09:21:00+08:00', 'interpretation.published', release, website, { rejected: 'CASE_CLOSED' }),
      ],
    },
  ],
});

describe('minutesLate (《西吉县政府网站及新媒体建设运营管理制度》第十八条第(三)项 同步发布)', () => {
  it('is 0 for an interpretation published at the same instant or before the tolerance runs out', () => {
    expect(minutesLate('2020-09-30T10:00:00+08:00', '2020-09-30T10:00:00+08:00', 0)).toBe(0);
    expect(minutesLate('2020-09-30T10:00:00+08:00', '2020-09-30T10:30:00+08:00', 30)).toBe(0);
    expect(minutesLate('2020-09-30T10:00:00+08:00', '2020-09-30T09:00:00+08:00', 0)).toBe(0);
  });
  it('counts whole minutes beyond the tolerance, rounded up, across time zones', () => {
    expect(minutesLate('2020-09-30T10:00:00+08:00', '2020-10-08T09:00:00+08:00', 0)).toBe(11460);
    expect(minutesLate('2020-09-30T10:00:00+08:00', '2020-09-30T10:30:01+08:00', 30)).toBe(1);
    expect(minutesLate('2020-09-30T10:00:00+08:00', '2020-09-30T02:05:00Z', 0)).toBe(5);
  });
  it('rejects an instant it cannot read', () => {
    expect(() => minutesLate('2020-09-30', 'yesterday', 0)).toThrow(RangeError);
  });
});

describe('interpretation documents (第二部分、第五部分)', () => {
  it('accepts the plan, the drafting notes or both, and neither is refused', () => {
    expect(interpretationDocumentsSchema.safeParse({ plan }).success).toBe(true);
    expect(interpretationDocumentsSchema.safeParse({ draftingNotes: '起草说明' }).success).toBe(true);
    expect(interpretationDocumentsSchema.safeParse({ plan, draftingNotes: '起草说明' }).success).toBe(true);
    const neither = interpretationDocumentsSchema.safeParse({});
    expect(neither.success).toBe(false);
    expect(neither.error?.issues[0]?.message).toContain('解读方案或起草说明');
  });
  it('records a release on any channel (the website is the main platform, not the only first one) and tells whether it was on the website', () => {
    expect(interpretationReleaseSchema.safeParse({ channels: ['governmentWebsite'] }).success).toBe(true);
    expect(interpretationReleaseSchema.safeParse({ channels: ['newsMedia'] }).success).toBe(true);
    expect(interpretationReleaseSchema.safeParse({ channels: [] }).success).toBe(false);
    expect(onWebsite(['spokesperson', 'governmentWebsite'])).toBe(true);
    expect(onWebsite(['spokesperson', 'newsMedia'])).toBe(false);
  });
  it('the 解读时间 of a plan may be a date, and only a real date', () => {
    expect(interpretationPlanSchema.safeParse({ ...plan, publishBy: '2020-09-30' }).success).toBe(true);
    expect(interpretationPlanSchema.safeParse({ ...plan, publishBy: '2020-09-31' }).success).toBe(false);
    expect(interpretationPlanSchema.safeParse({ ...plan, publishBy: '国庆前' }).success).toBe(false);
  });
  it('each breach cites its clause: 按时发布 第二部分, 第一平台 第五部分, 同步发布 网站第十八条(三)', () => {
    expect(policyInterpretation.breaches?.interpretationLate?.clause).toBe('二');
    expect(policyInterpretation.breaches?.interpretationNotOnWebsite?.clause).toBe('五');
    expect(policyInterpretation.breaches?.interpretationNotSimultaneous?.clause).toBe('网站十八(三)');
    expect(policyInterpretation.afterClosure?.['interpretation.updated']?.clause).toBe('五');
  });
  it('the catalogue entry names the policy, its materials and where they were published', () => {
    expect(
      catalogueEntrySchema.safeParse({
        policy: 'x',
        draftingUnit: 'y',
        materials: ['问答'],
        channels: ['governmentWebsite'],
        publishedAt: '2020-09-29T10:00:00+08:00',
      }).success,
    ).toBe(true);
    expect(
      catalogueEntrySchema.safeParse({ policy: 'x', draftingUnit: 'y', materials: [], channels: ['governmentWebsite'], publishedAt: 'z' })
        .success,
    ).toBe(false);
  });
});
