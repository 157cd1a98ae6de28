import { annualReportRegulation } from '@zwgk/regulation-xiji-2018-47';

/**
 * The clause table of 《西吉县政府政务公开工作年度报告制度》 (西政办发〔2018〕47号), with the words
 * as published. Items of 第三条 and 第五条 are numbered 1, 2… in the text; ids are `'第三条(一)'` …
 * for them. The published text lost characters (「县」 in 全县, 年/月/日 in dates); they are kept as
 * published. The closing articles (interpretation, entry into force) carry no number in the text: like
 * every Xiji module, they get the number their order gives, `第六条` and `第七条` (`inferredNumber`).
 */
export const clauses = annualReportRegulation.clauses({
  序言: '为全面掌握全政府政务公开年度工作情况,并强化督导检查,根据《中华人民共和国政府信息公开条例》,特制定本制度。',
  第一条:
    '乡(镇)政府各部门(单位)应在每年年初制定本地区或本部门的政府政务信息工作安排和计划,并将执行情况于次年三月底前向政府政务公开领导小组办公室报告。',
  第二条: '政府政务公开办公室具体负责全政府政务公开年度工作的报告和受理工作。',
  第三条: '年度政府政务公开工作情况的报告内容包括下述几方面:',
  '第三条(一)': {
    text: '本年度政府政务公开工作的基本情况。包括:政府政务公开工作组织机构调整情况政府政务信息的清理、更替情况主动公开的信息数量、分类运行情况依申请公开的信息数量、分类及运行情况不予公开的信息情况政府信息网络等政务信息公开载体的建设、健全情况;',
    article: '第三条第1项',
  },
  '第三条(二)': { text: '政府政务公开工作的主要作法和经验;', article: '第三条第2项' },
  '第三条(三)': { text: '政府政务公开工作中存在的主要问题和整改建议;', article: '第三条第3项' },
  '第三条(四)': { text: '政府政务公开工作中其它需要报告的内容。', article: '第三条第4项' },
  第四条: '政府各部门单位和各乡(镇)政府政务公开办公室上报年度工作报告。',
  '第五条(一)': { text: '对不执行本制度的,按下列规定处理:1对于逾期不报告的单位,给予通报批评并责令限期补报;', article: '第五条第1项' },
  '第五条(二)': {
    text: '2对拒不整改的,建议其同级党委、政府、主管部门取消负有责任的单位和主管人员年度评先、授奖资格。',
    article: '第五条第2项',
  },
  第六条: { text: '本制度由政府政务公开办公室负责解释。', inferredNumber: true },
  第七条: { text: '本制度自201841起施行,有效期至2022430', inferredNumber: true },
});

/** Ids of the clauses of 《西吉县政府政务公开工作年度报告制度》 this module cites (the keys of `clauses`). */
export type ClauseId = keyof typeof clauses;
