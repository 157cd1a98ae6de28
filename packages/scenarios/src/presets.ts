import type { AnyRuleModule, RulePreset } from '@zwgk/core';
import { national2019 } from '@zwgk/preset-national-2019';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';
import type { ModuleCatalog } from './resolve-scenario.js';

/** A built-in preset as the CLI, the HTTP service and scenario files name it (by its `id`). */
export type NamedPreset = RulePreset;

/**
 * Every built-in preset by id: the one place the CLI (`--preset`), the HTTP service and scenario
 * files (`modules: [national-2019]`) look a preset up. `national-2019` (国务院令第711号) serves
 * cases opened today; `xiji-2018-47` was in force 2018-04-01…2022-04-30.
 *
 * @example
 * createEngine({ modules: presets['national-2019'].modules, calendar: china, clock: systemClock, store });
 */
export const presets: Readonly<Record<string, NamedPreset>> = {
  'national-2019': national2019,
  'xiji-2018-47': xiji2018No47,
};

/**
 * The catalog scenario files resolve module ids and preset ids against: every module of every
 * built-in preset, plus `extra` modules an integrator wrote.
 *
 * @example
 * await runScenarioFile('examples/scenarios/national-2019/fee-paid.yaml', builtInCatalog());
 */
export function builtInCatalog(extra: readonly AnyRuleModule[] = []): ModuleCatalog {
  return {
    modules: [...Object.values(presets).flatMap((p) => p.modules), ...extra],
    presets: Object.fromEntries(Object.entries(presets).map(([id, p]) => [id, p.modules])),
  };
}
