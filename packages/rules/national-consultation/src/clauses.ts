import type { Clause } from '@zwgk/core';

const REGULATION = '《中华人民共和国政府信息公开条例》';

/** The articles of 国务院令第711号 a consultation relies on (texts as in packages/regulations/national-2019/regulation/711.txt). */
export const clauses = {
  第三十二条: {
    citation: `${REGULATION}第三十二条`,
    text: '依申请公开的政府信息公开会损害第三方合法权益的，行政机关应当书面征求第三方的意见。第三方应当自收到征求意见书之日起15个工作日内提出意见。第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开。第三方不同意公开且有合理理由的，行政机关不予公开。行政机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知第三方。',
  },
  第三十三条: {
    citation: `${REGULATION}第三十三条`,
    text: '行政机关收到政府信息公开申请，能够当场答复的，应当当场予以答复。　行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。　行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内。',
  },
  第三十四条: {
    citation: `${REGULATION}第三十四条`,
    text: '申请公开的政府信息由两个以上行政机关共同制作的，牵头制作的行政机关收到政府信息公开申请后可以征求相关行政机关的意见，被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见，逾期未提出意见的视为同意公开。',
  },
} as const satisfies Record<string, Clause>;

/** A clause id of this module. */
export type ClauseId = keyof typeof clauses;
