import type { BreachSpec, DeadlineSpec } from '@zwgk/core';
import type { ClauseId } from './clauses.js';

/** 社会评议工作一年一次 (第五条): the year's evaluation is due by 24:00 on 31 December. */
export const deadlines = {
  year: {
    label: { zh: '年度社会评议（一年一次）', en: 'the yearly evaluation (once a year)' },
    length: 8760,
    unit: 'hours',
    startsOn: {
      zh: '评议年度的1月1日0时（闰年为1月2日0时），使期限届满于12月31日24时',
      en: '0:00 on 1 January of the year (2 January in a leap year), so that it falls due at 24:00 on 31 December',
    },
    clause: '第五条',
    warnBefore: { length: 43200, unit: 'minutes' },
  },
} as const satisfies Record<string, DeadlineSpec<ClauseId>>;

/** The year missed (第五条) and the breaches of the discipline of 第十一条 with the consequences of 第十二条. */
export const breaches = {
  notHeldInYear: { label: { zh: '年度内未完成社会评议', en: 'evaluation not completed within its year' }, clause: '第五条' },
  organiserViolation: { label: { zh: '组织实施部门或工作人员违反评议工作纪律', en: 'organiser broke the discipline' }, clause: '第十二条' },
  evaluatedUnitViolation: {
    label: { zh: '被评单位违反评议工作纪律（列为不合格）', en: 'evaluated unit broke the discipline (unqualified)' },
    clause: '第十二条',
  },
  representativeViolation: {
    label: { zh: '评议代表违反评议工作纪律（取消资格）', en: 'representative broke the discipline (disqualified)' },
    clause: '第十二条',
  },
} as const satisfies Record<string, BreachSpec<ClauseId>>;
