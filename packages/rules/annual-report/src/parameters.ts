import { booleanParameter, type ParameterSpec, type ParameterValues, workingDaysParameter } from '@zwgk/core';
import { z } from 'zod';

/** What the text leaves open, with the reading chosen by default. */
export const parameters = {
  lapseIsRefusal: booleanParameter(true, {
    label: { zh: '补报期限届满仍未报告即视为拒不整改', en: 'missing the new limit counts as refusal to rectify' },
    why:
      '第五条第1项 orders a late unit to report within a new limit (责令限期补报) and 第五条第2项 sanctions one that refuses to rectify (拒不整改), ' +
      'but the text does not say whether letting the new limit pass is itself a refusal. By default it is (a breach and the recommendation are recorded ' +
      'when the new limit passes); set false to require the office to establish the refusal with a `report.refused` event.',
  }),
  supplementaryWorkingDays: workingDaysParameter(10, {
    label: { zh: '限期补报的期限（工作日）', en: 'the new limit for a late report (working days)' },
    why:
      '第五条第1项 orders a late unit to report within a new limit (责令限期补报) without saying how long. By default 10 working days; ' +
      'the criticism notice states the limit in force.',
  }),
  reportDueReading: {
    label: { zh: '"次年三月底前"的读法', en: 'how "by the end of March of the next year" is read' },
    default: 'fixedDate',
    schema: z.enum(['fixedDate', 'rolledPastRestDay']),
    why:
      '第一条 names a date (次年三月底前), not a period counted in days. By default (fixedDate, the stricter reading) the report is due at 24:00 on ' +
      '31 March whatever day of the week it is (deadline `report`: 2019-03-31 was a Sunday and the 2018 report was still due then). ' +
      'rolledPastRestDay reads it as a period of calendar days that 《民法典》第二百零三条 rolls to the next working day (deadline ' +
      '`reportRolled`: the 2018 report due at 24:00 on Monday 1 April 2019), which favours the reporting unit.',
  } satisfies ParameterSpec<'fixedDate' | 'rolledPastRestDay'>,
  completionWorkingDays: workingDaysParameter(10, {
    label: { zh: '退回补充完善的期限（工作日）', en: 'the period to complete a returned report (working days)' },
    why:
      '第二条 makes the office responsible for receiving (受理) the reports, so it may return an incomplete one (第三条 lists what a report contains), ' +
      'but the text gives no period for completing it. By default 10 working days, the same as the new limit of 第五条第1项; a returned report ' +
      'not completed in time is treated as not reported (第五条第1项).',
  }),
  proactivePublishedStates: {
    label: { zh: '表示"已公开"的主动公开案件状态', en: 'proactive-disclosure states that mean the item was published' },
    default: ['published'] as string[],
    schema: z.array(z.string().min(1)).min(1),
    why:
      '第三条第1项 asks for the number of items proactively published (主动公开的信息数量). The figure counts the reporting unit’s ' +
      '`proactive-disclosure` cases whose state is one of these (or a post-closure state under one, e.g. `published.corrected`), not every ' +
      'finished case: withheld (保密审查) and not released (发布协调) items are counted apart. Name further states here if a later version ' +
      'of that module records a publication under another state.',
  } satisfies ParameterSpec<string[]>,
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type Parameters = ParameterValues<typeof parameters>;
