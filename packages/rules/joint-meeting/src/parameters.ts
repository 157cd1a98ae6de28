import { type ParameterSpec, type ParameterValues, workingDaysParameter } from '@zwgk/core';
import { z } from 'zod';

/**
 * The member units as 第一条第(一)项 lists them (the lost characters restored: 县, brackets).
 * "政府相关部门" (the relevant government departments) is not a closed list and is left out:
 * an integrator adds the departments it means through the `memberUnits` parameter.
 */
export const DEFAULT_MEMBER_UNITS = [
  '县委办（保密局）',
  '县政府办公室',
  '县监察局',
  '县公安局',
  '县财政局',
  '县发改局（物价局）',
  '县文广局',
  '县档案局',
  '县政府法制办',
  '县委宣传部（网信办）',
  '县行政审批局（政务服务中心）',
] as const;

/** When an agreed item assigned to several units counts as reported back. */
export const itemReportedWhen = z.enum(['everyUnit', 'leadUnit']);
/** When an agreed item assigned to several units counts as reported back. (The value `itemReportedWhen` parses to.) */
export type ItemReportedWhen = z.infer<typeof itemReportedWhen>;

/** What the text leaves open, with the default this module takes and why. */
export const parameters = {
  memberUnits: {
    label: { zh: '联席会议成员单位', en: 'member units of the joint meeting' },
    default: [...DEFAULT_MEMBER_UNITS],
    schema: z.array(z.string().min(1)).min(1),
    why:
      '第一条第(一)项列出成员单位，但以"政府相关部门"收尾（不是封闭名单），并规定"根据工作需要，联席会议成员单位可作调整"。' +
      '默认取文中列明的十一个单位；出席会议和承办议定事项的单位须在名单内，列席单位（第四条(一)1）不受限。' +
      ' / 第一条(一) lists the members but ends with "the relevant government departments" and lets membership change: ' +
      'by default the eleven named units; attendees and assignees of agreed items must be members, observers need not be.',
  } satisfies ParameterSpec<string[]>,
  itemReportedWhen: {
    label: { zh: '议定事项视为已反馈的条件', en: 'when an agreed item counts as reported back' },
    default: 'everyUnit',
    schema: itemReportedWhen,
    why:
      '第四条(一)3 要求成员单位"按各自职能抓好落实，并将落实情况及时通报"，没有说一项事项交几个单位承办时是否须每个单位都通报。' +
      '默认 everyUnit：每个承办单位都报告落实完毕，该事项才算反馈；设为 leadUnit 时，纪要中列在首位的牵头单位报告完毕即可。' +
      " / 第四条(一)3 does not say whether an item given to several units needs every unit's report: by default every unit; " +
      'leadUnit accepts the report of the first-named (lead) unit.',
  } satisfies ParameterSpec<ItemReportedWhen>,
  followUpWorkingDays: workingDaysParameter(15, {
    label: { zh: '议定事项通报及投诉办理期限（工作日）', en: 'report-back and complaint-handling period (working days)' },
    why:
      '第四条(一)3 只要求"及时通报"，第五条(三)未规定投诉办理时限。默认15个工作日，借用《西吉县政府信息依申请公开制度》第八条的答复期限；' +
      '期满不记违规，只提示办公室督办。 / The text says only "promptly" (第四条(一)3) and sets no period for complaints (第五条(三)): ' +
      'by default 15 working days, borrowed from the reply period of 依申请公开制度第八条; when it passes the office is prompted to urge, no breach is recorded.',
  }),
  evaluationReportWorkingDays: workingDaysParameter(20, {
    label: { zh: '政务公开情况报告公布期限（工作日）', en: 'working days to publish the disclosure report' },
    why:
      '第二条(四) 要求“定期”检查评价并向社会公布政务公开情况报告，没有规定评价后多久公布。默认20个工作日，借用《西吉县政府政务公开制度》第六条' +
      '主动公开信息“形成或者变更之日起20个工作日内”公开的期限；逾期记录违规 evaluationReportLate，案件等待公布。' +
      ' / 第二条(四) sets no time to publish the report: by default 20 working days from the evaluation, the period the county gives for ' +
      'publishing information once formed (政务公开制度第六条); late, the breach evaluationReportLate is recorded and the case waits for publication.',
  }),
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type Parameters = ParameterValues<typeof parameters>;
