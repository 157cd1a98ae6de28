// Code blocks of docs/guides/writing-a-rule-module.md that the example module does not hold: a
// regulation of the integrator's own, and the module loaded next to the built-in ones.
// tests/docs/rule-module-guide.test.ts runs them.
import { china } from '@zwgk/calendar';
import { type CaseStore, type Clock, createEngine, defineRegulation, type Engine } from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { nationalDisclosureRequest2019 } from '../../../examples/custom-rule-module/src/index.js';

// A placeholder regulation (not a real text): how an integrator declares the one they implement.
// #region own-regulation
export const cityRegulation = defineRegulation({
  name: '某市政府信息公开实施办法',
  notice: {
    title: '某市人民政府关于印发《某市政府信息公开实施办法》的通知',
    documentNumber: '某政发〔2024〕1号',
    issuer: '某市人民政府',
    jurisdiction: '某省某市',
    inForce: { from: '2024-03-01', to: '2029-02-28' },
  },
});

export const cityClauses = cityRegulation.clauses({
  第八条: '（第八条的原文）',
  '第九条(二)': { text: '（第九条第二项的原文）', article: '第九条第（二）项' },
});
// #endregion own-regulation

export function engineWithCustomModule(clock: Clock, store: CaseStore): Engine {
  // #region load
  const engine = createEngine({ modules: [...xiji2018No47.modules, nationalDisclosureRequest2019], calendar: china, clock, store });
  // #endregion load
  return engine;
}
