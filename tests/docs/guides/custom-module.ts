// The last code block of docs/guides/writing-a-rule-module.md: an integrator's module loaded next
// to the built-in ones. tests/docs/rule-module-guide.test.ts runs it.
import { china } from '@zwgk/calendar';
import { type CaseStore, type Clock, createEngine, type Engine } from '@zwgk/core';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import { nationalDisclosureRequest2019 } from '../../../examples/custom-rule-module/src/index.js';

export function engineWithCustomModule(clock: Clock, store: CaseStore): Engine {
  // #region load
  const engine = createEngine({ modules: [...xiji2018No47.modules, nationalDisclosureRequest2019], calendar: china, clock, store });
  // #endregion load
  return engine;
}
