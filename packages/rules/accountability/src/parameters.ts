import { booleanParameter, type ParameterSpec, type ParameterValues } from '@zwgk/core';

/** What the text leaves open, each with its default and the reason it is a parameter. */
export const parameters = {
  hearEveryResponsiblePerson: booleanParameter(true, {
    label: { zh: '须听取每一名责任人的陈述和申辩', en: 'hear every responsible person before deciding' },
    why:
      '第八条要求作出追究决定前"认真听取有关责任人的陈述和申辩"，未说明是每一名责任人还是有关单位一次陈述即可。' +
      '默认 true：按第六条区分责任后，每一名承担责任（全部、主要或次要）的人都须有陈述记录（可记录其放弃陈述）；设为 false 时，记录一次陈述即可作出决定。',
  }),
} as const satisfies Record<string, ParameterSpec<boolean>>;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type Parameters = ParameterValues<typeof parameters>;
