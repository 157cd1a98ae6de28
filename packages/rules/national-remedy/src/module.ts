import { kit } from './kit.js';
import { remedyMachine } from './machine.js';

/**
 * The applicant's remedies under 《中华人民共和国政府信息公开条例》第五十一条, recorded as a case of
 * the agency: 投诉举报, 行政复议 (60 days, 行政复议法第二十条) and 行政诉讼 (6 months, 行政诉讼法第四十六条),
 * with the outcome the annual report counts (维持, 纠正, 其他, 尚未审结); and, once filed, the agency's
 * own answer periods (written reply within 10 working days of the copy, 复议法第四十八条; evidence and
 * defence within 15 days, 诉讼法第六十七条) and the review body's 60 (+30) days to decide (复议法第六十二条).
 *
 * @example
 * await engine.open('national-remedy', { input: { kind: 'reconsideration', body: '市人民政府', subject: { caseId, description: '…' }, knewOn: '2025-04-02', filedOn: '2025-05-20' }, actor, occurredAt: '2025-05-20T09:00:00+08:00' });
 */
export const nationalRemedy = kit.defineModule({
  id: 'national-remedy',
  version: '1.0.0',
  title: {
    zh: '投诉举报、行政复议和行政诉讼（2019年条例第五十一条）',
    en: 'Complaints, reconsideration and lawsuits (2019 regulation, article 51)',
  },
  machine: remedyMachine,
});
