import { booleanParameter, type ParameterValues } from '@zwgk/core';

/** What the text leaves open, with the default this module takes and why. */
export const parameters = {
  pressConferenceCompletesPublication: booleanParameter(true, {
    label: { zh: '重大信息须召开新闻发布会方为公开完成', en: 'a major item is published only with its press conference' },
    why:
      '第十一条要求政府重大信息"同时以新闻发布会的形式公开"，但没有说新闻发布会是否计入第六条的20个工作日。' +
      '默认 true：重大信息在网上公开且召开新闻发布会之后才算公开完成，期限届满时尚未召开的按逾期公开记录违规；' +
      '设为 false：网上公开即算按期公开，未召开新闻发布会的在结案时记录违规 pressConferenceMissing。' +
      ' / 第十一条 requires a major item to be released "at the same time" at a press conference but does not say whether ' +
      'the conference counts toward the 20 working days of 第六条. Default true: a major item is published only once the ' +
      'press conference is held too; false: publication online meets the deadline and a missing conference is a breach.',
  }),
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type ProactiveDisclosureParameters = ParameterValues<typeof parameters>;

/**
 * The lead of the `publication` deadline's warning: 3 working days before the 20th working day ends.
 * Not in the text: the confidentiality review alone may take up to 10 working days, so three
 * working days leave time to publish once it is through.
 */
export const PUBLICATION_WARNING_LEAD = { length: 3, unit: 'workingDays' } as const;
