import { kit } from './kit.js';
import { sentimentMachine } from './machine.js';

/**
 * 《西吉县政府政务舆情回应制度》 (西政办发〔2018〕47号) as a rule module: a sentiment is registered
 * when found, classified and given its responsible body, answered within 1 hour (first release)
 * and 24 hours (press conference) when major, or 48 hours otherwise, updated as work goes on,
 * and closed when the results are published.
 */
export const sentimentResponse = kit.defineModule({
  id: 'sentiment-response',
  version: '1.0.0',
  title: { zh: '政务舆情回应', en: 'Response to public sentiment' },
  unimplemented: {
    序言: '制定目的和依据，不是工作流程',
    五: '与宣传、网信部门和媒体的联动机制建设，是常设工作机制，不是单件舆情的办理步骤',
    六: '县人民政府每年定期组织的督查，不在单件舆情的流程之内',
    七: '政务公开办公室定期通报、约谈和追责，在案件之外进行；本模块记录的违规（breaches）是其依据',
  },
  machine: sentimentMachine,
});
