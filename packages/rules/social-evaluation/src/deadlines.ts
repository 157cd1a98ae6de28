import { type BreachSpec, breach, type DeadlineSpec, deadline, hours, minutes, workingDays } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** 社会评议工作一年一次 (第五条): the year's evaluation is due by 24:00 on 31 December. */
export const deadlines = {
  year: deadline('第五条', hours(8760), {
    label: { zh: '年度社会评议（一年一次）', en: 'the yearly evaluation (once a year)' },
    startsOn: {
      zh: '评议年度的1月1日0时（闰年为1月2日0时），使期限届满于12月31日24时',
      en: '0:00 on 1 January of the year (2 January in a leap year), so that it falls due at 24:00 on 31 December',
    },
    warnBefore: minutes(43200),
  }),
  /**
   * 第五条第4项: each evaluated unit reports its rectification to the joint meeting office. The text
   * sets no period; one per unit (a keyed family, `rectification:<unit>`), its length the parameter
   * `rectificationWorkingDays`, so one unit that never reports does not hold the others.
   */
  rectification: deadline('第五条(四)', workingDays(20), {
    label: { zh: '被评单位上报整改结果期限', en: 'rectification report of an evaluated unit' },
    startsOn: { zh: '评议大会召开之日', en: 'the day of the evaluation assembly' },
    keyed: true,
  }),
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/**
 * The year missed (第五条), an evaluated unit's own defaults in the steps of 第五条 (recorded, the
 * evaluation going on without it), and the breaches of the discipline of 第十一条 with the
 * consequences of 第十二条.
 */
export const breaches = {
  notHeldInYear: breach('第五条', { zh: '年度内未完成社会评议', en: 'evaluation not completed within its year' }),
  commitmentsNotPublished: breach('第五条(一)', {
    zh: '被评单位未向社会公开服务承诺目标',
    en: 'evaluated unit did not publish its service commitments',
  }),
  selfInspectionMissing: breach('第五条(一)', { zh: '被评单位未开展自查自纠', en: 'evaluated unit did not inspect itself' }),
  headAbsent: breach('第五条(三)', { zh: '被评单位负责人未参加评议大会', en: 'head of the evaluated unit absent from the assembly' }),
  rectificationNotReported: breach('第五条(四)', {
    zh: '被评单位逾期未上报整改结果',
    en: 'evaluated unit did not report its rectification in time',
  }),
  organiserViolation: breach('第十二条', { zh: '组织实施部门或工作人员违反评议工作纪律', en: 'organiser broke the discipline' }),
  evaluatedUnitViolation: breach('第十二条', {
    zh: '被评单位违反评议工作纪律（列为不合格）',
    en: 'evaluated unit broke the discipline (unqualified)',
  }),
  representativeViolation: breach('第十二条', {
    zh: '评议代表违反评议工作纪律（取消资格）',
    en: 'representative broke the discipline (disqualified)',
  }),
} as const satisfies Record<string, BreachSpec<ClauseId>>;
