// A small module built with the kit, for the kit's tests: one reply deadline, one notice, one breach.

import { createRuleKit, defineRegulation } from '@zwgk/core';
import { assign } from 'xstate';
import { z } from 'zod';

export const toyRegulation = defineRegulation({
  name: '测试县依申请公开制度',
  notice: {
    title: '测试县人民政府办公室关于印发测试制度的通知',
    documentNumber: '测政办发〔2018〕1号',
    issuer: '测试县人民政府办公室',
    jurisdiction: '测试县',
    inForce: { from: '2018-04-01', to: '2022-04-30' },
  },
});

export const toyClauses = toyRegulation.clauses({
  第八条: '自收到申请之日起15个工作日内予以答复。',
  第九条: { text: '申请内容不明确的，告知申请人作出更改、补充。', article: '第九条第一款' },
});

/** The reply period of 第八条: 15 working days from receipt. */
export const toyReplyDeadline = {
  label: { zh: '答复期限', en: 'reply' },
  length: 15,
  unit: 'workingDays',
  startsOn: { zh: '收到申请之日', en: 'receipt of the application' },
  clause: '第八条',
} as const;

export const toyKit = createRuleKit({
  regulation: toyRegulation,
  clauses: toyClauses,
  roles: {
    clerk: { zh: '经办人', en: 'clerk', inside: true },
    applicant: { zh: '申请人', en: 'applicant', inside: false },
  },
  input: z.object({ subject: z.string().min(1) }),
  output: z.object({ answered: z.boolean() }),
  events: {
    'reply.given': {
      schema: z.object({ text: z.string().min(1) }),
      roles: ['clerk'],
      label: { zh: '答复', en: 'reply' },
      clause: '第八条',
    },
  },
  deadlines: { reply: toyReplyDeadline },
  notices: {
    reply: { label: { zh: '答复书', en: 'reply' }, recipient: 'applicant', clause: '第八条', schema: z.object({ text: z.string() }) },
  },
  breaches: { replyOverdue: { label: { zh: '逾期未答复', en: 'reply overdue' }, clause: '第八条' } },
  parameters: {
    replyInWriting: { label: { zh: '书面答复', en: 'reply in writing' }, default: true, schema: z.boolean(), why: '第八条不规定答复形式' },
  },
});

export const toyMachine = toyKit
  .setup({ types: { context: {} as { subject: string; answered: boolean; inWriting: boolean } } })
  .createMachine({
    id: 'toy-kit',
    initial: 'waiting',
    context: ({ input }) => ({ subject: input.data.subject, answered: false, inWriting: input.parameters.replyInWriting }),
    states: {
      waiting: {
        entry: toyKit.startDeadline('reply'),
        on: {
          'reply.given': {
            target: 'answered',
            actions: [
              assign({ answered: true }),
              toyKit.completeDeadline('reply'),
              toyKit.sendNotice('reply', ({ event }) => ({ text: event.payload.text })),
            ],
            meta: { clause: '第八条' },
          },
          'deadline.due': {
            guard: toyKit.deadlineDue('reply'),
            actions: toyKit.recordOverdue('replyOverdue'),
            meta: { clause: ['第八条'] },
          },
        },
      },
      answered: { type: 'final' },
    },
    output: ({ context }) => ({ answered: context.answered }),
  });

export const toyKitModule = toyKit.defineModule({
  id: 'toy-kit',
  version: '1.0.0',
  title: { zh: '测试模块', en: 'Toy kit module' },
  unimplemented: { 第九条: '测试：不实现' },
  machine: toyMachine,
});
