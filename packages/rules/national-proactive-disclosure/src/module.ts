import { kit } from './kit.js';
import { proactiveMachine } from './machine.js';

/**
 * 《中华人民共和国政府信息公开条例》 (国务院令第711号) 第三章 主动公开 as a rule module: one item of
 * information, published within 20 working days of being formed or changed (第二十六条).
 *
 * @example
 * await engine.open('national-proactive-disclosure', { input: { title: '…', category: 'normativeDocument', event: 'formed', formedAt: '2025-03-03T10:00:00+08:00' }, actor });
 */
export const nationalProactiveDisclosure = kit.defineModule({
  id: 'national-proactive-disclosure',
  version: '1.0.0',
  title: { zh: '主动公开（2019年条例）', en: 'Proactive disclosure (2019 national regulation)' },
  machine: proactiveMachine,
});
