import { kit } from './kit.js';
import { nationalDisclosureMachine } from './machine.js';

/**
 * An integrator's own rule module: an application for government information under
 * 《中华人民共和国政府信息公开条例》 (国务院令第711号, in force from 2019-05-15).
 *
 * @example
 * const engine = createEngine({ modules: [nationalDisclosureRequest2019], calendar: china, clock });
 * await engine.open('national-disclosure-request-2019', { input: application, actor: { id: 'clerk-1', role: 'clerk' } });
 */
export const nationalDisclosureRequest2019 = kit.defineModule({
  id: 'national-disclosure-request-2019',
  version: '1.0.0',
  title: { zh: '政府信息依申请公开（2019年条例）', en: 'Disclosure on application under the 2019 national regulation' },
  machine: nationalDisclosureMachine,
});
