import type { AnyRuleModule } from '@zwgk/core';
import { national2019 } from '@zwgk/preset-national-2019';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';

/** What the service needs of a preset: the rule modules it loads. */
export interface ServicePreset {
  /** The notice that issues the regulations, e.g. 西政办发〔2018〕47号. */
  readonly documentNumber: string;
  readonly modules: readonly AnyRuleModule[];
}

/**
 * The presets `--preset <id>` can name. A new preset package is one line here (and its
 * dependency in package.json).
 */
export const presets: Readonly<Record<string, ServicePreset>> = {
  // 《中华人民共和国政府信息公开条例》（国务院令第711号）: the law in force today, for live cases.
  'national-2019': national2019,
  // 西政办发〔2018〕47号, in force 2018-04-01…2022-04-30: historical cases and the walkthrough.
  'xiji-2018-47': xiji2018No47,
};

/**
 * The presets loaded when none is named: the law in force today, so a case opened now is served,
 * and the Xiji rules, so their cases (opened with `occurredAt` in 2018–2022) replay and complete.
 */
export const DEFAULT_PRESETS: readonly string[] = ['national-2019', 'xiji-2018-47'];

/**
 * The modules of the named presets, each module once (by `id@version`), in the order named.
 * Throws a TypeError naming the known presets for an unknown id.
 */
export function presetModules(ids: readonly string[]): AnyRuleModule[] {
  const byKey = new Map<string, AnyRuleModule>();
  for (const id of ids) {
    const preset = Object.hasOwn(presets, id) ? presets[id] : undefined;
    if (!preset) throw new TypeError(`unknown preset ${id} (known: ${Object.keys(presets).join(', ')})`);
    for (const module of preset.modules) if (!byKey.has(module.key)) byKey.set(module.key, module);
  }
  return [...byKey.values()];
}
