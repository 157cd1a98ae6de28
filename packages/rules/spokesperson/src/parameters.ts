import { booleanParameter, type ParameterValues } from '@zwgk/core';

/** What the text leaves open, with the reading chosen by default. */
export const spokespersonParameters = {
  conferenceDayCounts: booleanParameter(true, {
    label: { zh: '“提前3个工作日”计入发布会当日', en: 'the conference day counts towards the 3 working days of lead' },
    why:
      '第五条(四) requires the application 提前3个工作日 but does not say whether the conference day itself is one of the three. ' +
      'By default it is (the application day is not counted, 《民法典》第二百零一条): the office then has its 2 working days to answer and the conference falls on the next working day. ' +
      'Set false to require three working days strictly between the application day and the conference day.',
  }),
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type SpokespersonParameters = ParameterValues<typeof spokespersonParameters>;
