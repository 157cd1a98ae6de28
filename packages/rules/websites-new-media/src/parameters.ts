import { type ParameterSpec, type ParameterValues, workingDaysParameter } from '@zwgk/core';
import { z } from 'zod';

/** What the text leaves open, each with its default and the reason it is a parameter. */
export const parameters = {
  errorAnswerCountedFrom: {
    label: { zh: '纠错意见2个工作日答复期限的起算点', en: 'start of the 2-working-day answer period for error reports' },
    default: 'forwarding',
    schema: z.enum(['forwarding', 'receipt']),
    why:
      '第二十条第二款："应在1个工作日内转有关网站主办单位办理,2个工作日内完成处理并回复"，没有写明2个工作日从何时起算。' +
      '默认 forwarding：主办单位自收到转办之日起2个工作日内处理并回复（两段期限先后相接，与"转…办理"后"完成处理"的顺序一致）；' +
      '设为 receipt：自收到纠错意见之日起算，转办所用时间计入。',
  } satisfies ParameterSpec<'forwarding' | 'receipt'>,
  takedownYearBasis: {
    label: { zh: '临时下线"每年"的计算口径', en: 'what "a year" means for the take-down limit' },
    default: 'calendarYear',
    schema: z.enum(['calendarYear', 'rolling12Months']),
    why:
      '第十五条"临时下线每年不得超过1次"，没有说"每年"是自然年还是连续12个月。默认 calendarYear（自然年，与年度报表、年度考核口径一致）；' +
      '设为 rolling12Months 时，计划下线日前12个月内已有一次计入次数的下线即不得再申请。',
  } satisfies ParameterSpec<'calendarYear' | 'rolling12Months'>,
  emergencyFilingWorkingDays: {
    label: { zh: '紧急下线报备期限（工作日）', en: 'period to file an emergency take-down (working days)' },
    default: 3,
    schema: z.number().int().min(1).max(30),
    why:
      '第十五条第二款：不可抗力或被责令紧急下线的，主办单位"要及时"通过市政府政务公开办以书面形式报备，原文没有给出天数。' +
      '默认 3 个工作日（自下线之日起算），是本模块的选择；期限届满未报备的记违规 emergencyFilingLate，报备仍可记录。',
  } satisfies ParameterSpec<number>,
  inspectionPublicationWorkingDays: workingDaysParameter(10, {
    label: { zh: '巡查抽检情况公开期限（工作日）', en: 'period to publish the inspection results (working days)' },
    why: '第三十二条：每季度巡查抽检，"检查情况及时公开"，原文没有给出天数。默认 10 个工作日（自巡查抽检完成之日起算），是本模块的选择。',
  }),
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type Parameters = ParameterValues<typeof parameters>;
