import { booleanParameter, type ParameterSpec, type ParameterValues } from '@zwgk/core';
import { z } from 'zod';

/** Where a step of 第六条 that sends the review back returns it. */
export const sendBackTarget = z.enum(['previousStep', 'originatingDepartment']);
/** Where a step of 第六条 that sends the review back returns it. (The value `sendBackTarget` parses to.) */
export type SendBackTarget = z.infer<typeof sendBackTarget>;

/** What the text leaves open, with the default this module takes and why. */
export const parameters = {
  sendBackTo: {
    label: { zh: '退回审查意见的去向', en: 'where a sent-back review returns' },
    default: 'previousStep',
    schema: sendBackTarget,
    why:
      '第六条只列出（一）至（四）的顺序，没有规定某一环节不同意时退回到哪里。默认退回上一环节（由它修改意见后再报），' +
      '也可设为 originatingDepartment：一律退回信息产生部门重新提出初步意见。' +
      ' / 第六条 lists the steps but not where a step that disagrees returns the file: by default to the previous step; ' +
      'originatingDepartment sends every return to the start.',
  } satisfies ParameterSpec<SendBackTarget>,
  initialRefusalEndsReview: booleanParameter(false, {
    label: { zh: '信息产生部门初步意见为不予公开时即结束审查', en: 'an initial opinion of non-disclosure ends the review' },
    why:
      '第四条由负责政务公开工作的机构"履行审查审批手续"并提出审查确认的意见，第六条列出（一）至（四）的审查顺序，没有规定初步意见为不予公开时可以省略后续环节。' +
      '默认 false：不予公开的初步意见同样经部门负责人、分管领导和政务公开办公室审查，由政务公开办公室确认后才成为审查意见（不报保密机关批准：第六条(四)的批准针对公开）；' +
      '设为 true：初步意见为不予公开的即结束审查（旧行为）。' +
      ' / 第四条 makes the office responsible for the confirmed opinion and 第六条 lists the steps without a short cut. ' +
      'By default an initial opinion of non-disclosure goes through the head, the leader in charge and the office, which confirms it; true ends the review at once.',
  }),
};

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type ReviewParameters = ParameterValues<typeof parameters>;

/**
 * The lead of the `opinion` deadline's warning: 3 working days before the 10th working day ends.
 * Not in the text (第四条 gives only the 10 working days): a reviewer chain of five steps needs
 * about one working day per remaining step, so the warning comes when three are left. It is part
 * of the deadline's spec, not an engine parameter, because the engine computes warnings from the spec.
 */
export const OPINION_WARNING_LEAD = { length: 3, unit: 'workingDays' } as const;
