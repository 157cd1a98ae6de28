import { annualReportFormat, decree711Clauses } from '@zwgk/regulation-national-2019';

/**
 * The articles on the yearly report, quoted from @zwgk/regulation-national-2019, and the national
 * report format (国办公开办函〔2021〕30号: its section headings, cited as a whole).
 */
export const clauses = {
  ...decree711Clauses('第四十九条', '第五十条'),
  ...annualReportFormat.clauses({
    年报格式: {
      text: '一、总体情况；二、主动公开政府信息情况（规章、行政规范性文件的本年制发件数、本年废止件数、现行有效件数；行政许可、行政处罚、行政强制的本年处理决定数量；行政事业性收费的本年收费金额（单位：万元））；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项（含收取信息处理费的情况）。',
      article: '',
    },
  }),
};

/** A clause id of this module. */
export type ClauseId = keyof typeof clauses;
