import { kit } from './kit.js';
import { websitesNewMediaMachine } from './machine.js';

const notWorkflow = '原则、定义或职责分工，不是工作流程';

/**
 * 《西吉县政府网站及新媒体建设运营管理制度》: netizen error reports, opening a site, temporary
 * take-downs, migration notices, new-media accounts and their weekly posts (each post after 三审).
 * A case is one matter; its input's `kind` chooses the workflow.
 *
 * @example
 * await engine.open('websites-new-media', { input: { kind: 'errorReport', site: '西吉县人民政府网站', netizen: '张三', content: '…' }, actor });
 */
export const websitesNewMedia = kit.defineModule({
  id: 'websites-new-media',
  version: '1.0.0',
  title: { zh: '政府网站及政务新媒体建设运营管理', en: 'Government websites and new-media accounts' },
  unimplemented: {
    第一条: '立法目的和依据，不是工作流程',
    第二条: '定义"政府网站"及其分类；立案时以 site 指明网站',
    第三条: '区、市直属机构网站按上级要求执行，不属本县流程',
    第五条: notWorkflow,
    第六条: notWorkflow,
    第七条: '"原则上一个县只开设一个门户网站"是规划原则；开设须经第九条审批，由 opening 流程体现',
    第八条: '乡镇、部门原则上不开设网站，确有需要的按第九条申请；是否"确有特殊需要"由主管单位在审批中判断',
    第十一条: '门户网站一般不得关停、改版须保证运行，是原则，没有可检查的期限或步骤',
    第十四条: '关停后注销标识、报告、报备：没有期限（"及时"），未建模',
    第十六条: '信息变更按第十条程序更新：可用 opening 流程的第十条步骤记录，未单独建模',
    第十七条: '网站功能的要求，不是工作流程',
    第十八条: '网站发布内容的范围；第十八条第(三)项（政策文件与解读材料同步发布）由政策解读模块（policy-interpretation）实现',
    第十九条: '突发事件和热点回应由舆情回应模块（sentiment-response）实现',
    第二十一条: '政务服务栏目的功能要求，不是工作流程',
    第二十二条: '集约化建设的技术要求，不是工作流程',
    第二十三条: '集约化平台的功能和部署要求，不是工作流程',
    第二十四条: '资源库建设要求，不是工作流程',
    第二十五条: '安全管理制度和等级保护，不是本模块的案件流程',
    第二十六条: '部署到统一云平台的技术要求',
    第二十七条: '安全监测"及时处置""立即整改"没有可计算的期限，未建模',
    第二十八条: '应急预案备案和演练：没有期限，未建模',
    第二十九条: '24小时值守和日常巡检是工作制度，不是个案流程',
    第三十条: '假冒网站的处置由网信、公安等部门负责，不是本县政务公开办的个案流程',
    第三十一条: '安全责任人和培训，不是工作流程',
    第三十四条:
      '未实现：主管单位或上级机关对网站问题的通报和问责没有单独建模；本模块记录的违规（擅自关停、未按要求备案、未及时整改等）是其依据。责任追究模块实现的是《政务公开责任追究制度》，不含本条',
    第三十六条: '鼓励性规定，不是工作流程',
    第三十七条: '定义"政务新媒体"',
    第三十八条: '引用上级文件的执行要求，不是本县流程',
    第四十二条: '账号密码和终端安全管理，不是工作流程',
    第四十四条: '网页设计规范，不是工作流程',
    第四十五条: '解释机关，不是工作流程',
    第四十六条: '施行日期和有效期，由 inForce 表示',
  },
  openEnded: {
    'account.active': '第三十九条：账号开设备案后持续运行，直到“因工作原因需要关闭”时关闭；原文没有运行期限',
    'migrationNotice.kept': '第十三条：公告“原则上至少保留30天”只规定下限，30天后可以一直保留；撤下时以 notice.removed 记录',
  },
  machine: websitesNewMediaMachine,
});
