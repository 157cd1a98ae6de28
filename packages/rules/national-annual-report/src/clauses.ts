import type { Clause } from '@zwgk/core';

const REGULATION = '《中华人民共和国政府信息公开条例》';

/** The articles on the yearly report (texts as in packages/regulations/national-2019/regulation/711.txt) and the national format. */
export const clauses = {
  第四十九条: {
    citation: `${REGULATION}第四十九条`,
    text: '县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布。　县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告。',
  },
  第五十条: {
    citation: `${REGULATION}第五十条`,
    text: '政府信息公开工作年度报告应当包括下列内容：（一）行政机关主动公开政府信息的情况；（二）行政机关收到和处理政府信息公开申请的情况；（三）因政府信息公开工作被申请行政复议、提起行政诉讼的情况；（四）政府信息公开工作存在的主要问题及改进情况，各级人民政府的政府信息公开工作年度报告还应当包括工作考核、社会评议和责任追究结果情况；（五）其他需要报告的事项。　全国政府信息公开工作主管部门应当公布政府信息公开工作年度报告统一格式，并适时更新。',
  },
  年报格式: {
    citation: '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）',
    text: '一、总体情况；二、主动公开政府信息情况（规章、行政规范性文件的本年制发件数、本年废止件数、现行有效件数；行政许可、行政处罚、行政强制的本年处理决定数量；行政事业性收费的本年收费金额（单位：万元））；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项（含收取信息处理费的情况）。',
  },
} as const satisfies Record<string, Clause>;

/** A clause id of this module. */
export type ClauseId = keyof typeof clauses;
