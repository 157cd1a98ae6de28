import { kit } from './kit.js';
import { publicParticipationMachine } from './machine.js';

/**
 * 《西吉县政务公开公众参与制度》: consultations of the public by the disclosure authority (published
 * period, questionnaires, meetings, hearings, feedback) and reports of obstruction (investigation, the
 * result told to the reporter, the reporter's identity kept secret).
 *
 * @example
 * await engine.open('public-participation', { input: { kind: 'consultation', subject: '2020年政务公开工作要点', authority: '县政务公开办公室' }, actor });
 */
export const publicParticipation = kit.defineModule({
  id: 'public-participation',
  version: '1.0.0',
  title: { zh: '政务公开公众参与', en: 'Public participation in government disclosure' },
  unimplemented: {
    序言: '立法目的和依据，不是工作流程',
    第一条: '适用范围；立案即表明事项属于政务公开公共事务',
    第二条: '依法、有序、自愿、便利的原则，不是可检查的步骤',
    第九条: '支持和鼓励舆论监督、社会监督，不是工作流程',
    第十四条: '奖励，不是本流程的步骤',
    第十五条: '支持公益诉讼的方式，不是本流程的步骤',
    第十六条: '宣传教育工作，不是案件流程',
    第十七条: '其他法律、法规和规章另有规定的从其规定；接入系统可换用相应模块',
    第十八条: '解释机关，不是工作流程',
    第十九条: '施行日期和有效期，由 inForce 表示',
  },
  afterClosure: {
    /**
     * 第十三条: the duty to keep the reporter's identity secret outlives the investigation; a leak found after
     * the report case closed is recorded on it, with the breach.
     */
    'identity.disclosed': {
      states: ['closed'],
      clause: '第十三条',
      effects: ({ event }) => [
        {
          type: 'zwgk.breach',
          breach: 'reporterIdentityDisclosed',
          data: { ...(event.payload as Record<string, unknown>), afterClosure: true },
        },
      ],
    },
  },
  machine: publicParticipationMachine,
});
