import { caseSteps, describeRuleModule, type Scenario } from '@zwgk/testing';
import { describe, expect, it } from 'vitest';
import {
  accountability,
  allocateResponsibility,
  type Conduct,
  decisionIssuedSchema,
  disallowedMeasures,
  type Measure,
  missingMeasures,
  SANCTIONS,
  sanctionProblems,
  suggestedGround,
} from '../src/index.js';

const office = { id: 'gkb-1', role: 'investigator', name: '县政府政务公开办公室' } as const;
const discipline = { id: 'jjz-1', role: 'investigator', name: '县自然资源局纪检组' } as const;
const respondent = { id: 'zrj-1', role: 'respondent', name: '县自然资源局' } as const;

const OFFICE = '县政府政务公开办公室';
const overdueInput = {
  level: 'unit',
  investigatingBody: OFFICE,
  unit: '县自然资源局',
  allegation: '依申请公开逾期未答复',
  source: { caseId: 'case-0099', module: 'disclosure-request', breach: 'replyOverdue' },
} as const;
const staffInput = {
  level: 'staff',
  investigatingBody: '县自然资源局纪检组',
  unit: '县自然资源局',
  allegation: '擅自不公开征地补偿方案',
} as const;

/** 第七条(二) as written: the unit criticised; the persons 通报批评, 书面检查, 取消当年评先选优资格. */
const ORDINARY_ALTERNATIVES = SANCTIONS.reversed.allowed.join('|');
const HARMFUL = ['unitCriticised', 'circulatedCriticism', 'writtenSelfExamination', 'disqualifiedFromAwards'];
/** 第七条(三) as written, with the 政纪处分 its serious consequences allow. */
const SERIOUS = [
  'unitCirculatedCriticism',
  'rectificationWithinTime',
  'disqualifiedFromAwards',
  'circulatedCriticism',
  'disciplinarySanction',
];

const finding = (ground: string, facts = '经调查属实') => ({ ground, facts, evidence: ['调查笔录'] });
const assessed = (conduct: Conduct) => ({ conduct });
const said = (person: string) => ({ person, statement: '对事实无异议，请求从轻处理' });

/** The one-line steps of the case `as`. */
const on = (as: string) => caseSteps(as, { module: 'accountability', actor: office });
const { open, send } = on('a');

const scenarios: Omit<Scenario, 'modules'>[] = [
  {
    name: 'an overdue reply opens a case; the decision is refused until the handler is heard; received on 2019-09-03 its 30-day window ends on 国庆 2019-10-03 and rolls to 10-08, when the appeal is filed in time and the decision varied',
    steps: [
      open('2019-08-01T09:00:00+08:00', overdueInput, { expect: { state: 'investigating', status: 'open' } }),
      send(
        '2019-08-05T10:00:00+08:00',
        'finding.recorded',
        finding('applicationsOrComplaintsNeglected', '申请于2019-06-03收到，逾期未答复'),
        office,
        { state: 'investigating' },
      ),
      // Nothing allocated and nobody heard yet: 第八条.
      send('2019-08-06T10:00:00+08:00', 'decision.issued', { severity: 'harmful', measures: HARMFUL, reasons: '逾期答复' }, office, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      send('2019-08-07T10:00:00+08:00', 'responsibility.assessed', assessed({ kind: 'unapproved', handler: '张三' })),
      // Responsibility allocated but the handler not heard: still refused.
      send('2019-08-08T10:00:00+08:00', 'decision.issued', { severity: 'harmful', measures: HARMFUL, reasons: '逾期答复' }, office, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      send('2019-08-09T10:00:00+08:00', 'statement.recorded', said('张三'), respondent),
      send(
        '2019-08-12T10:00:00+08:00',
        'decision.issued',
        { severity: 'harmful', measures: HARMFUL, reasons: '逾期答复，影响群众利益' },
        respondent,
        {
          rejected: 'ROLE_NOT_ALLOWED',
        },
      ),
      send(
        '2019-08-12T10:05:00+08:00',
        'decision.issued',
        { severity: 'harmful', measures: HARMFUL, reasons: '逾期答复，影响群众利益' },
        office,
        {
          state: 'decided.(appeal.awaitingReceipt|rectification.pending)',
          notices: ['decisionNotice'],
          deadlines: { appeal: 'absent' },
        },
      ),
      // The 30 days run from the receipt: 09-03 + 30 = 10-03 /* 国庆 holiday */, rolled to 10-08, the first working day after it.
      {
        at: '2019-09-04T09:00:00+08:00',
        send: {
          case: 'a',
          type: 'decision.received',
          payload: { receivedBy: '县自然资源局办公室' },
          actor: respondent,
          occurredAt: '2019-09-03T15:00:00+08:00',
        },
        expect: {
          state: 'decided.(appeal.window|rectification.pending)',
          deadlines: { appeal: { dueAt: '2019-10-09T00:00:00+08:00', warnAt: '2019-10-04T00:00:00+08:00', status: 'running' } },
        },
      },
      on('a').tick('2019-10-04T00:00:00+08:00', { fired: ['appeal:warning'] }),
      send(
        '2019-10-08T16:00:00+08:00' /* last day of the rolled window */,
        'appeal.filed',
        { kind: 'review', reasons: '已于期满前补正答复' },
        respondent,
        {
          state: 'decided.(appeal.underReview|rectification.pending)',
          deadlines: { appeal: { status: 'completed', outcome: 'met' } },
        },
      ),
      send('2019-10-09T10:00:00+08:00', 'appeal.filed', { kind: 'appeal', reasons: '再次申诉' }, respondent, {
        rejected: 'EVENT_NOT_ALLOWED',
      }),
      send(
        '2019-10-15T10:00:00+08:00',
        'review.decided',
        {
          outcome: 'varied',
          reasons: '情节轻微',
          severity: 'minor',
          measures: ['criticismAndEducation', 'correctionWithinTime'],
          correctBy: '2019-10-31',
        },
        office,
        {
          state: 'decided.(appeal.final|rectification.pending)',
          notices: ['reviewResult'],
        },
      ),
      send(
        '2019-10-20T10:00:00+08:00',
        'rectification.reported',
        { corrections: ['已向申请人答复', '建立申请台账提醒'], reportedOn: '2019-10-20' },
        respondent,
        {
          state: 'closed',
          status: 'done',
          notices: ['rectificationToOffice', 'rectificationToSupervisor'],
        },
      ),
    ],
  },
  {
    name: 'a decision received on 2019-09-10 has its window end on Thursday 2019-10-10; an appeal on 10-11 is too late and rejected; the handler who objected to the leader is not liable and need not be heard',
    steps: [
      open('2019-08-20T09:00:00+08:00', staffInput, { actor: discipline }),
      send('2019-08-21T10:00:00+08:00', 'finding.recorded', finding('notDisclosed', '征地补偿方案应主动公开而未公开'), discipline),
      send(
        '2019-08-22T10:00:00+08:00',
        'responsibility.assessed',
        assessed({
          kind: 'leaderApproved',
          handler: '王五',
          leader: '赵六',
          leaderInstructed: true,
          handlerObjected: true,
          objectionEvidence: '王五2019-05-06签报意见',
        }),
        discipline,
      ),
      send('2019-08-23T10:00:00+08:00', 'statement.recorded', said('王五'), respondent),
      // 王五 bears no responsibility (第六条第(二)项): the leader, who bears the main one, must be heard.
      send(
        '2019-08-26T10:00:00+08:00',
        'decision.issued',
        { severity: 'serious', measures: SERIOUS, reasons: '造成严重后果', correctBy: '2019-09-30' },
        discipline,
        { rejected: 'EVENT_NOT_ALLOWED' },
      ),
      send('2019-08-27T10:00:00+08:00', 'statement.recorded', { person: '赵六', declined: true }, discipline),
      send(
        '2019-08-28T10:00:00+08:00',
        'decision.issued',
        { severity: 'serious', measures: SERIOUS, reasons: '造成严重后果', correctBy: '2019-09-30' },
        discipline,
        {
          notices: ['decisionNotice', 'disciplinaryReferral'],
        },
      ),
      // 09-10 + 30 = 10-10, a working day: nothing to roll.
      send('2019-09-10T17:00:00+08:00', 'decision.received', { receivedBy: '赵六' }, discipline, {
        deadlines: { appeal: { dueAt: '2019-10-11T00:00:00+08:00', warnAt: '2019-10-06T00:00:00+08:00' } },
      }),
      on('a').tick('2019-10-11T00:00:00+08:00', {
        fired: ['appeal:warning', 'appeal:due'],
        state: 'decided.(appeal.final|rectification.pending)',
      }),
      send('2019-10-11T09:00:00+08:00', 'appeal.filed', { kind: 'appeal', reasons: '不服' }, respondent, { rejected: 'EVENT_NOT_ALLOWED' }),
      send(
        '2019-10-12T09:00:00+08:00' /* 调休 Saturday */,
        'rectification.reported',
        { corrections: ['已公开征地补偿方案'], reportedOn: '2019-10-12' },
        respondent,
        { state: 'closed', status: 'done' },
      ),
    ],
  },
  {
    name: 'a collective decision makes the principal leader mainly liable; received 2020-09-05 the window ends on 国庆 2020-10-05 and rolls to 10-09; the review revokes the decision and closes the case',
    steps: [
      open('2020-08-03T09:00:00+08:00', { ...staffInput, level: 'unit', investigatingBody: OFFICE }),
      send('2020-08-04T10:00:00+08:00', 'finding.recorded', finding('formalism', '公开承诺未兑现')),
      send('2020-08-04T11:00:00+08:00', 'finding.recorded', finding('keyContentNotDisclosed', '重点领域信息未按要求公开')),
      send(
        '2020-08-05T10:00:00+08:00',
        'responsibility.assessed',
        assessed({ kind: 'collective', principalLeader: '局长甲', otherLeaders: ['副局长乙', '副局长丙'] }),
      ),
      send('2020-08-06T10:00:00+08:00', 'statement.recorded', said('局长甲'), respondent),
      send('2020-08-06T10:10:00+08:00', 'statement.recorded', said('副局长乙'), respondent),
      send(
        '2020-08-06T10:20:00+08:00',
        'decision.issued',
        { severity: 'reversed', measures: ['circulatedCriticism'], reasons: '被复议机关撤销' },
        office,
        { rejected: 'EVENT_NOT_ALLOWED' /* 副局长丙 not heard */ },
      ),
      send('2020-08-06T10:30:00+08:00', 'statement.recorded', { person: '副局长丙' }, respondent, { rejected: 'INVALID_PAYLOAD' }),
      send('2020-08-06T10:40:00+08:00', 'statement.recorded', said('副局长丙'), respondent),
      send(
        '2020-08-07T10:00:00+08:00',
        'decision.issued',
        { severity: 'reversed', measures: ['circulatedCriticism'], reasons: '具体行政行为被复议机关撤销' },
        office,
        { notices: ['decisionNotice'] },
      ),
      {
        at: '2020-09-07T09:00:00+08:00',
        send: {
          case: 'a',
          type: 'decision.received',
          payload: { receivedBy: '局办公室' },
          actor: respondent,
          occurredAt: '2020-09-05T11:00:00+08:00' /* Saturday */,
        },
        // 09-05 + 30 = 10-05 /* 国庆+中秋 holiday 10-01…10-08 */, rolled to 10-09.
        expect: { deadlines: { appeal: { dueAt: '2020-10-10T00:00:00+08:00', warnAt: '2020-10-05T00:00:00+08:00' } } },
      },
      send('2020-10-09T11:00:00+08:00', 'appeal.filed', { kind: 'appeal', reasons: '复议决定已被法院撤销' }, respondent, {
        deadlines: { appeal: { outcome: 'met' } },
      }),
      send('2020-10-20T10:00:00+08:00', 'review.decided', { outcome: 'revoked', reasons: '原行政行为经判决维持' }, office, {
        state: 'closed',
        status: 'done',
        notices: ['reviewResult'],
      }),
      send('2020-10-21T10:00:00+08:00', 'rectification.reported', { corrections: ['无'], reportedOn: '2020-10-21' }, respondent, {
        rejected: 'CASE_CLOSED',
      }),
    ],
  },
  {
    name: 'with hearEveryResponsiblePerson off one statement suffices; a crime goes to the judicial organs',
    parameters: { accountability: { hearEveryResponsiblePerson: false } },
    steps: [
      open('2021-03-01T09:00:00+08:00', staffInput, { actor: discipline }),
      send('2021-03-02T10:00:00+08:00', 'finding.recorded', finding('otherViolation', '泄露国家秘密'), discipline),
      send(
        '2021-03-03T10:00:00+08:00',
        'responsibility.assessed',
        assessed({ kind: 'collective', principalLeader: '局长甲', otherLeaders: ['副局长乙'] }),
        discipline,
      ),
      send('2021-03-04T10:00:00+08:00', 'statement.recorded', said('局长甲'), respondent),
      // A warning is not a measure of 第七条第(五)项.
      send(
        '2021-03-05T10:00:00+08:00',
        'decision.issued',
        { severity: 'criminal', measures: ['warning'], reasons: '涉嫌犯罪' },
        discipline,
        { rejected: 'INVALID_PAYLOAD' },
      ),
      send(
        '2021-03-05T10:10:00+08:00',
        'decision.issued',
        { severity: 'criminal', measures: ['criminalReferral', 'disciplinarySanction'], reasons: '涉嫌故意泄露国家秘密罪' },
        discipline,
        {
          notices: ['decisionNotice', 'disciplinaryReferral', 'judicialReferral'],
        },
      ),
    ],
  },
  {
    name: 'a minor breach earns a warning with a date to correct by, and a case without responsibility is dismissed',
    steps: [
      open('2022-01-04T09:00:00+08:00', overdueInput),
      send('2022-01-05T10:00:00+08:00', 'finding.recorded', { ground: 'notDisclosed', facts: '', evidence: [] }, office, {
        rejected: 'INVALID_PAYLOAD',
      }),
      send('2022-01-05T10:05:00+08:00', 'finding.recorded', finding('notDisclosed', '政策文件迟延公开2日')),
      send(
        '2022-01-06T10:00:00+08:00',
        'responsibility.assessed',
        assessed({ kind: 'leaderApproved', handler: '李四', leader: '钱七', leaderInstructed: false, handlerObjected: false }),
      ),
      send('2022-01-06T11:00:00+08:00', 'statement.recorded', said('李四'), respondent),
      send('2022-01-06T11:10:00+08:00', 'statement.recorded', said('钱七'), respondent),
      send(
        '2022-01-07T10:00:00+08:00',
        'decision.issued',
        { severity: 'minor', measures: ['warning', 'correctionWithinTime'], reasons: '情节轻微', correctBy: '2022-01-14' },
        office,
        {
          notices: ['decisionNotice'],
        },
      ),
      on('b').open('2022-01-08T10:00:00+08:00', overdueInput, { actor: office }),
      on('b').send('2022-01-10T10:00:00+08:00', 'case.dismissed', { reasons: '逾期系申请人补正所致，不属违规' }, office, {
        state: 'closed',
        status: 'done',
      }),
      on('b').send('2022-01-11T10:00:00+08:00', 'statement.recorded', said('李四'), respondent, { rejected: 'CASE_CLOSED' }),
      on('c').open('2022-01-11T10:00:00+08:00', overdueInput, {
        actor: { id: 'x', role: 'applicant' },
        expect: { rejected: 'ROLE_NOT_ALLOWED' },
      }),
    ],
  },
  {
    name: '第七条 is applied as written, not as a menu: (一) needs 告诫或批评教育 and 限期改正 with its date, (二) all four measures, (三) the unit’s and the leaders’ measures with 限期整改; a 政纪处分 is left to the circumstances',
    steps: [
      open('2019-11-04T09:00:00+08:00', overdueInput),
      send('2019-11-04T10:00:00+08:00', 'finding.recorded', finding('notDisclosed', '政策文件迟延公开2日')),
      send('2019-11-04T11:00:00+08:00', 'responsibility.assessed', assessed({ kind: 'unapproved', handler: '张三' })),
      send('2019-11-04T15:00:00+08:00', 'statement.recorded', said('张三'), respondent),
      ...(
        [
          // (一) 给予告诫或批评教育,并限期改正: a warning alone leaves out the time to correct.
          ['minor', ['warning']],
          // (一) neither 告诫 nor 批评教育.
          ['minor', ['correctionWithinTime'], '2019-11-15'],
          // (一) 限期改正 without the date.
          ['minor', ['criticismAndEducation', 'correctionWithinTime']],
          // (二) only 通报批评 of the four measures.
          ['harmful', ['circulatedCriticism']],
          // (三) without 责令限期整改.
          ['serious', ['unitCirculatedCriticism', 'disqualifiedFromAwards', 'circulatedCriticism']],
          // (五) a criminal case must be referred to the judicial organs.
          ['criminal', ['disciplinarySanction']],
        ] as const
      ).map(([severity, measures, correctBy], i) =>
        send(
          `2019-11-05T10:0${i}:00+08:00`,
          'decision.issued',
          { severity, measures, reasons: '逾期公开', ...(correctBy ? { correctBy } : {}) },
          office,
          { rejected: 'INVALID_PAYLOAD' },
        ),
      ),
      send(
        '2019-11-05T11:00:00+08:00',
        'decision.issued',
        { severity: 'minor', measures: ['criticismAndEducation', 'correctionWithinTime'], reasons: '情节轻微', correctBy: '2019-11-15' },
        office,
        { state: 'decided.(appeal.awaitingReceipt|rectification.pending)', notices: ['decisionNotice'] },
      ),
    ],
  },
];

describeRuleModule(accountability, { readme: new URL('../README.md', import.meta.url).pathname, scenarios });

describe('allocateResponsibility (第六条 decision table)', () => {
  const rows: [string, Conduct, ReturnType<typeof allocateResponsibility>][] = [
    [
      'no review or approval: the handler bears all',
      { kind: 'unapproved', handler: '张三' },
      { shares: [{ person: '张三', share: 'full' }], clause: '第六条(一)' },
    ],
    [
      'approved by the leader: the leader mainly, the handler secondarily',
      { kind: 'leaderApproved', handler: '张三', leader: '李四', leaderInstructed: false, handlerObjected: false },
      {
        shares: [
          { person: '李四', share: 'main' },
          { person: '张三', share: 'secondary' },
        ],
        clause: '第六条(二)',
      },
    ],
    [
      'the handler objected but the leader had not instructed it directly: still secondary',
      { kind: 'leaderApproved', handler: '张三', leader: '李四', leaderInstructed: false, handlerObjected: true },
      {
        shares: [
          { person: '李四', share: 'main' },
          { person: '张三', share: 'secondary' },
        ],
        clause: '第六条(二)',
      },
    ],
    [
      "instructed by the leader over the handler's objection: the handler bears none",
      { kind: 'leaderApproved', handler: '张三', leader: '李四', leaderInstructed: true, handlerObjected: true },
      {
        shares: [
          { person: '李四', share: 'main' },
          { person: '张三', share: 'none' },
        ],
        clause: '第六条(二)',
      },
    ],
    [
      'collective decision: the principal leader mainly, other members secondarily',
      { kind: 'collective', principalLeader: '甲', otherLeaders: ['乙', '甲', '丙'] },
      {
        shares: [
          { person: '甲', share: 'main' },
          { person: '乙', share: 'secondary' },
          { person: '丙', share: 'secondary' },
        ],
        clause: '第六条(三)',
      },
    ],
  ];
  it.each(rows)('%s', (_, conduct, expected) => {
    const copy = structuredClone(conduct);
    expect(allocateResponsibility(conduct)).toEqual(expected);
    expect(conduct).toEqual(copy);
  });
});

describe('sanctions of 第七条', () => {
  it('ranks the severities mildest first and cites one item each', () => {
    expect(Object.values(SANCTIONS).map((s) => [s.rank, s.clause])).toEqual([
      [1, '第七条(一)'],
      [2, '第七条(二)'],
      [3, '第七条(三)'],
      [4, '第七条(四)'],
      [5, '第七条(五)'],
    ]);
  });
  it('names the measures a severity does not allow', () => {
    expect(disallowedMeasures('minor', ['warning', 'disciplinarySanction'])).toEqual(['disciplinarySanction']);
    expect(disallowedMeasures('serious', ['disciplinarySanction'])).toEqual([]);
    expect(disallowedMeasures('reversed', ['criminalReferral'])).toEqual(['criminalReferral']);
  });
  it.each([
    ['minor', ['warning'], undefined, ['correctionWithinTime required for severity minor (第七条(一))']],
    ['minor', ['correctionWithinTime'], '2019-11-15', ['warning|criticismAndEducation required for severity minor (第七条(一))']],
    ['minor', ['warning', 'correctionWithinTime'], undefined, ['限期改正/限期整改 needs correctBy, the date to correct by (第七条(一))']],
    ['minor', ['warning', 'correctionWithinTime'], '2019-11-15', []],
    ['minor', ['warning', 'criticismAndEducation', 'correctionWithinTime'], '2019-11-15', []],
    [
      'harmful',
      ['circulatedCriticism'],
      undefined,
      ['unitCriticised, writtenSelfExamination, disqualifiedFromAwards required for severity harmful (第七条(二))'],
    ],
    ['harmful', HARMFUL, undefined, []],
    ['serious', SERIOUS.filter((m) => m !== 'disciplinarySanction'), '2019-11-30', []],
    [
      'serious',
      ['unitCirculatedCriticism', 'disqualifiedFromAwards', 'circulatedCriticism'],
      undefined,
      ['rectificationWithinTime required for severity serious (第七条(三))'],
    ],
    ['reversed', ['writtenSelfExamination'], undefined, []],
    ['criminal', ['disciplinarySanction'], undefined, ['criminalReferral required for severity criminal (第七条(五))']],
  ] as const)('%s with %j (correct by %s): %j', (severity, measures, correctBy, problems) => {
    expect(sanctionProblems(severity, measures as Measure[], correctBy)).toEqual(problems);
  });
  it('names what a decision leaves out of its item', () => {
    expect(missingMeasures('minor', ['warning'])).toEqual(['correctionWithinTime']);
    expect(missingMeasures('reversed', [])).toEqual([ORDINARY_ALTERNATIVES]);
  });
  it('rejects a decision whose measures do not fit its severity, naming the field', () => {
    const r = decisionIssuedSchema.safeParse({ severity: 'harmful', measures: ['disciplinarySanction'], reasons: 'x' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['measures']);
  });
});

describe('the source of a case', () => {
  it('an overdue reply of disclosure-request suggests 第五条第(五)项, the item disclosure-request cites for it', () => {
    expect(suggestedGround({ caseId: 'c1', module: 'disclosure-request', breach: 'replyOverdue' })).toBe('otherViolation');
    expect(suggestedGround({ caseId: 'c1', module: 'release-coordination', breach: 'prematureRelease' })).toBeNull();
  });
  it('the input accepts a case without a source and rejects an incomplete one', () => {
    expect(
      accountability.input.safeParse({ level: 'unit', investigatingBody: '县政府政务公开办公室', unit: '县教育局', allegation: 'x' })
        .success,
    ).toBe(true);
    expect(
      accountability.input.safeParse({
        level: 'unit',
        investigatingBody: '县政府政务公开办公室',
        unit: '县教育局',
        allegation: 'x',
        source: { caseId: 'c1' },
      }).success,
    ).toBe(false);
  });
});
