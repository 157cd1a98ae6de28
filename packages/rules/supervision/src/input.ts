import { z } from 'zod';
import { inspectionItemSchema } from './items.js';

/** The case input: a complaint or report (第四条, 第五条), or an inspection (第二条). */
export const input = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('complaint'),
      /** 投诉电话、信箱、电子邮箱、来信来访 */
      channel: z.enum(['phone', 'mailbox', 'email', 'letterOrVisit']),
      /** The complainant's name; absent when the complaint or report is anonymous (匿名, see `anonymous`). */
      complainant: z.string().min(1).optional(),
      /**
       * An anonymous complaint or report (a letter without a name, a call that gave none): 第五条 lets
       * anyone report and binds the receiving organ to investigate it; no answer is owed to nobody.
       */
      anonymous: z.boolean().default(false),
      /** The body complained about. */
      body: z.string().min(1),
      content: z.string().min(1),
      /** Who received it: the disclosure authority (投诉, 第四条), or the supervisory organ / higher government (举报, 第五条). */
      receivedBy: z.enum(['disclosureAuthority', 'supervisoryOrgan', 'higherGovernment']),
    }),
    /** An inspection of one body on the items of 第二条. */
    z.object({ kind: z.literal('inspection'), body: z.string().min(1), scope: z.string().min(1) }),
  ])
  .superRefine((d, ctx) => {
    if (d.kind !== 'complaint') return;
    if (d.anonymous && d.complainant !== undefined)
      ctx.addIssue({ code: 'custom', path: ['complainant'], message: 'an anonymous complaint names no complainant' });
    if (!d.anonymous && d.complainant === undefined)
      ctx.addIssue({ code: 'custom', path: ['complainant'], message: 'name the complainant, or mark the complaint anonymous' });
  });

/** The data a case of this module is opened with. */
export type SupervisionInput = z.output<typeof input>;
/** A complaint (投诉, 第四条) or report (举报, 第五条) about disclosure. */
export type ComplaintInput = Extract<SupervisionInput, { kind: 'complaint' }>;
/** An inspection of one body on the items of 第二条. */
export type InspectionInput = Extract<SupervisionInput, { kind: 'inspection' }>;

/** What a finished case of this module hands to its parent case. */
export const output = z.object({
  kind: z.enum(['complaint', 'inspection']),
  /** Complaint: when the complainant was answered (a complaint case ends only after it). */
  answeredAt: z.string().nullable(),
  substantiated: z.boolean().nullable(),
  referred: z.boolean(),
  /** What the investigation found (a complaint), for a referral after closure (第四条). */
  findings: z.string().nullable(),
  /** Whether the supervisor found the ordered corrections made (件件有落实); null when none were ordered. */
  corrected: z.boolean().nullable(),
  /** The body complained about or inspected. */
  body: z.string(),
  deficientItems: z.array(inspectionItemSchema),
});

/** What a finished case of this module hands to its parent case. */
export type SupervisionOutput = z.output<typeof output>;
