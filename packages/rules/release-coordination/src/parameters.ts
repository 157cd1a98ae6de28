import { booleanParameter, type ParameterSpec, type ParameterValues } from '@zwgk/core';
import { z } from 'zod';

/** What the text leaves open, each with its default and the reason it is a parameter. */
export const parameters = {
  escalateOnFirstDisagreement: booleanParameter(false, {
    label: { zh: '收到不同意见即可报请上一级协调', en: 'escalate on the first disagreement' },
    why:
      '第十一条只说行政机关之间"存在不同意见的"由拟发布机关报请上一级行政机关协调，没有说是否须等所有被征求意见机关函复（或期满视为同意）后再报请。' +
      '默认 false：等齐全部意见后一并报请；设为 true 时，一有不同意见即可报请，其余机关的答复期限随之取消。',
  }),
  presumedReceiptWorkingDays: {
    label: { zh: '未登记签收时视为收到征求意见公文的工作日数', en: 'working days after sending when receipt is presumed' },
    default: 3,
    schema: z.number().int().min(1).max(20),
    why:
      '第七条、第八条的函复期限自被征求意见机关"收到书面征求意见公文"起算，第十条以期限内不答复为同意；正文没有说签收未登记时怎么办，' +
      '若一直等待签收，案件会永远停在征求意见阶段。默认自发出公文起3个工作日仍无签收记录的，推定该机关于第3个工作日届满时收到，' +
      '其函复期限自该时起算（县内公文交换一般当日或次日送达，3个工作日已留出邮寄余量）；签收已登记的机关以其签收时间为准。' +
      ' / 第七条 and 第八条 count the reply period from receipt; the text is silent when no receipt is recorded. By default an agency ' +
      'with no recorded receipt 3 working days after the letter was sent is presumed to have received it then, and its period runs from that instant.',
  } satisfies ParameterSpec<number>,
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type Parameters = ParameterValues<typeof parameters>;
