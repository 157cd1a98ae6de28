import { kit } from './kit.js';
import { jointMeetingMachine } from './machine.js';

/**
 * 《西吉县政务公开联席会议制度》: a joint meeting's agreed items followed up until every one is
 * reported back; complaints about disclosure work assigned, urged and checked by the office; rounds
 * of inspection and evaluation ending with the published report (第二条(四)); breaches found otherwise
 * than by complaint investigated (第五条(四)). One module, four kinds of case: the input's `kind`
 * (`meeting` | `complaint` | `evaluation` | `violation`) routes it at opening.
 *
 * @example
 * await engine.open('joint-meeting', { input: { kind: 'meeting', topics: [{ title: '2020年政务公开工作要点', source: 'governmentAssigned' }] }, actor });
 */
export const jointMeeting = kit.defineModule({
  id: 'joint-meeting',
  version: '1.0.0',
  title: { zh: '政务公开联席会议', en: 'Joint meeting on government disclosure' },
  unimplemented: {
    序言: '立法目的和依据，不是工作流程',
    '第一条(二)': '成员由分管领导担任、继任者自然接任，属人员安排；接入系统的角色授权体现',
    '第一条(三)': '联席会议办公室和联络员组的设置，是机构安排；办公室即本模块的 meetingOffice 角色',
    '第二条(一)': '编制政务公开方案，是联席会议的职责，不是有步骤、期限的程序；方案经会议审议的，作为会议议题和议定事项跟踪',
    '第二条(二)': '建立工作程序和制度，是职责，不是有步骤、期限的程序；经会议议定的，作为议定事项跟踪',
    '第二条(三)': '指导、协调、推进，是日常工作，没有程序或期限',
    '第二条(五)': '兜底条款（领导交办的其他事项）；交办事项经会议审议的，作为议题（governmentAssigned）跟踪',
    第三条: '各成员单位的分工职责，是静态分工，不是工作流程；议定事项按纪要指定的单位跟踪',
    '第四条(二)': '联络员会议"根据需要择机召开"、讨论起草和调研，不产生须跟踪反馈的议定事项，也无期限',
    '第五条(一)': '开展研究、提出意见建议，是办公室的日常工作，没有程序或期限',
    '第五条(六)': '指导、交流和信息反馈，是日常工作，没有程序或期限',
    '第五条(七)': '召集联络员会议，见第四条(二)',
    '第五条(八)': '兜底条款（领导交办的其他事项），不是工作流程',
    第六条: '解释机关，不是工作流程',
    第七条: '施行日期和有效期，由 inForce 表示',
  },
  machine: jointMeetingMachine,
});
