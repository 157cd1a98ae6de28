import { toBeijingDate } from '@zwgk/calendar';
import { type AnyRuleModule, ZwgkError } from '@zwgk/core';
import { national2019 } from '@zwgk/preset-national-2019';
import { xiji2018No47 } from '@zwgk/preset-xiji-2018-47';

/** The regulations the example can register applications under, by the id `--preset` names them with. */
export type OaPresetId = 'national-2019' | 'xiji-2018-47';

/** A regulation the OA registers applications under: its term, and the module that handles an application. */
export interface OaPreset {
  readonly id: OaPresetId;
  readonly documentNumber: string;
  /** The regulation's title as citations quote it. */
  readonly title: string;
  /** Beijing dates, inclusive. */
  readonly inForce: { readonly from: string; readonly to: string };
  /** The rule module an application opens (依申请公开). */
  readonly applicationModule: string;
  readonly modules: readonly AnyRuleModule[];
}

export const OA_PRESETS: Readonly<Record<OaPresetId, OaPreset>> = {
  // 《中华人民共和国政府信息公开条例》（国务院令第711号）: in force since 2019-05-15, the law for live cases.
  'national-2019': {
    id: 'national-2019',
    documentNumber: national2019.documentNumber,
    title: '中华人民共和国政府信息公开条例',
    inForce: national2019.inForce,
    applicationModule: 'national-disclosure-request',
    modules: national2019.modules,
  },
  // 西政办发〔2018〕47号, in force 2018-04-01…2022-04-30: historical cases and the 2020 walkthrough.
  'xiji-2018-47': {
    id: 'xiji-2018-47',
    documentNumber: xiji2018No47.documentNumber,
    title: '西吉县政府信息依申请公开制度',
    inForce: xiji2018No47.inForce,
    applicationModule: 'disclosure-request',
    modules: xiji2018No47.modules,
  },
};

/** The preset that serves applications received today. */
export const LIVE_PRESET: OaPresetId = 'national-2019';

export function isOaPresetId(id: string): id is OaPresetId {
  return Object.hasOwn(OA_PRESETS, id);
}

/** Both presets' modules, each once: one engine can read, tick and complete cases of either. */
export const allModules: readonly AnyRuleModule[] = [...OA_PRESETS['xiji-2018-47'].modules, ...OA_PRESETS['national-2019'].modules];

/**
 * The preset an application received at `instantMs` is handled under. From 2019-05-15 to
 * 2022-04-30 both were in force: a Xiji county office then applied its own rules (made under the
 * national regulation), so the county's preset is chosen while it is in force and the national
 * one after it (this example's choice; an office elsewhere names its preset with `--preset`).
 * Throws `NOT_IN_FORCE` for a date before either.
 */
export function presetInForceOn(instantMs: number): OaPreset {
  const date = toBeijingDate(instantMs);
  for (const id of ['xiji-2018-47', 'national-2019'] as const) {
    const { from, to } = OA_PRESETS[id].inForce;
    if (date >= from && date <= to) return OA_PRESETS[id];
  }
  const terms = Object.values(OA_PRESETS).map((p) => `${p.documentNumber} from ${p.inForce.from}`);
  throw new ZwgkError('NOT_IN_FORCE', `neither preset is in force on ${date} (${terms.join(', ')})`, { date });
}
