import type { AfterClosureArgs, EngineEffect } from '@zwgk/core';
import type { ViolationRecordedPayload } from './events.js';
import { kit } from './kit.js';
import { proactiveDisclosureMachine } from './machine.js';

/**
 * 《西吉县政府政务公开制度》 as a rule module: publishing an item of government information
 * proactively within 20 working days of its forming or change, after a confidentiality review and
 * the consultation of the agencies it touches.
 *
 * @example
 * const engine = createEngine({ modules: [proactiveDisclosure, confidentialityReview, releaseCoordination], calendar: china, clock, store });
 * await engine.open('proactive-disclosure', { input, actor: { id: 'finance-clerk', role: 'publisher' }, occurredAt: '2019-09-25T10:00:00+08:00' });
 */
export const proactiveDisclosure = kit.defineModule({
  id: 'proactive-disclosure',
  version: '1.0.0',
  title: { zh: '政府政务信息主动公开', en: 'Proactive disclosure of government information' },
  unimplemented: {
    第一条: '立法目的和依据，不是工作流程 / purpose and legal basis, not a workflow',
    第二条:
      '公开主体：开案的机关即为公开主体，记入输入 publisher（名称和层级）；谁是主体由接入系统判断，不是本模块的步骤 / the opening agency is the publisher (input.publisher); who that is, the OA system decides',
    第十三条:
      '公共企事业单位"参照本制度执行"：以 publisher.level = publicInstitution 开案，流程与行政机关相同，没有单独的步骤 / public institutions follow the same workflow (publisher.level = publicInstitution); there is no step of its own',
    第十四条: '解释机关，不是工作流程 / interpretation, not a workflow',
    第十五条: '施行日期和有效期，由 inForce 表示 / the period in force is the module inForce',
  },
  afterClosure: {
    // 第十二条: improper disclosure and content not updated are found after publication by nature.
    'violation.recorded': { clause: '第十二条', effects: violationAfterClosure },
    // 第十一条 with pressConferenceCompletesPublication = false: a conference held after the portal publication.
    'pressConference.held': { states: ['published'], moveTo: 'pressConferenceHeld', clause: '第十一条', effects: () => [] },
    // 第九条/第十二条第2项 and 第十条: published although the review or the agencies refused it.
    'item.published': { states: ['withheld', 'notReleased'], clause: '第十二条', effects: publishedAfterRefusal },
  },
  machine: proactiveDisclosureMachine,
});

function violationAfterClosure({ event }: AfterClosureArgs): EngineEffect[] {
  const { situation, facts } = event.payload as ViolationRecordedPayload;
  const effects: EngineEffect[] = [{ type: 'zwgk.breach', breach: situation, data: { facts, recordedBy: event.actor.role } }];
  if (event.actor.role === 'supervisor') effects.push({ type: 'zwgk.notice', notice: 'correctionOrder', data: { situation, facts } });
  return effects;
}

/** A publication after the review withheld the item, or after the agencies refused its release. */
function publishedAfterRefusal({ event, state }: AfterClosureArgs): EngineEffect[] {
  const { channels } = event.payload as { channels: readonly string[] };
  return state === 'withheld'
    ? [{ type: 'zwgk.breach', breach: 'improperDisclosure', data: { channels: [...channels] } }]
    : [{ type: 'zwgk.breach', breach: 'publishedBeforeCoordination', data: { channels: [...channels], refused: true } }];
}
