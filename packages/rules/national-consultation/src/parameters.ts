import { type ParameterValues, workingDaysParameter } from '@zwgk/core';
import { z } from 'zod';

/** What the regulation leaves to the agency. */
export const parameters = {
  agencyOpinionWorkingDays: workingDaysParameter(15, {
    label: { zh: '其他机关提出意见期限（工作日）', en: 'time another agency is given to answer (working days)' },
    why:
      '第三十三条第二款 does not count the time spent consulting other agencies but gives them no time to answer; a wait with no end would hold the application forever. ' +
      'The default of 15 working days follows 第三十四条 (co-making agencies); an agency sets its own.',
  }),
  presumedReceiptWorkingDays: {
    label: {
      zh: '邮寄的征求意见书未登记签收时推定收到的工作日数',
      en: 'working days after posting when receipt of the letter is presumed',
    },
    default: 5,
    schema: z.number().int().min(1).max(20),
    why:
      '第三十二条、第三十四条的提出意见期限自被征求意见方“收到征求意见书之日”起算，条例没有说邮寄的征求意见书签收未登记时怎么办；若一直等待签收记录，' +
      '征求意见和申请都会停在原处。默认自邮寄发出起5个工作日仍无签收记录的，推定于第5个工作日届满时收到，提出意见期限自该时起算：第三方可能在全国任何地方，' +
      '一周的工作日足够国内挂号信或特快专递送达并留有余量（本仓库发布协调制度模块对县内公文交换取3个工作日）；机关可按邮政查询记录设定自己的天数。' +
      '推定之后登记的真实签收推翻推定：期限自真实签收之日重新计算。 / 第三十二条 and 第三十四条 count the opinion period from the party’s receipt; ' +
      'the text is silent when no receipt of a posted letter is recorded. By default receipt is presumed 5 working days after posting and the period runs from then; ' +
      'a real receipt recorded later replaces the presumption and the period runs from it.',
  },
} as const;

/** The parameter values a consultation runs with. */
export type Parameters = ParameterValues<typeof parameters>;
