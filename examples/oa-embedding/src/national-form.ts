import { ZwgkError } from '@zwgk/core';
import type { ApplicantKind } from '@zwgk/rule-national-disclosure-request';

/**
 * How an application reached the office, as 第三十一条 dates its receipt: 当面提交 (the day
 * handed in), 口头提出 (written down by the office, 第二十九条), 挂号信 (the day signed for),
 * 平常信函 (the day confirmed with the applicant, on the day it arrived), 互联网 or the office's
 * 传真 (the day both sides confirmed it).
 */
export type NationalChannel = 'inPerson' | 'oral' | 'registeredPost' | 'ordinaryPost' | 'online' | 'fax';

/**
 * The application form of 《中华人民共和国政府信息公开条例》 as an OA reception screen collects it:
 * the three contents of 第二十九条 and the facts that date its receipt (第三十一条). The engine
 * validates it there (`INVALID_PAYLOAD`, nothing registered), including a receipt dated before
 * the submission.
 */
export interface NationalApplicationForm {
  /** The OA's own file number (文号); one is made up when absent. */
  readonly fileNumber?: string;
  readonly channel: NationalChannel;
  /** 自然人, or one of the five kinds of 法人或其他组织 the annual report counts (国办公开办函〔2021〕30号 三). */
  readonly applicantKind: ApplicantKind;
  /** （一）姓名或者名称. */
  readonly applicantName: string;
  /** （一）身份证明, e.g. 居民身份证 640422…, 统一社会信用代码 9164…. */
  readonly identityDocument: string;
  /** （一）联系方式. */
  readonly contact: string;
  /** （二）the name, document number or another description of the information. */
  readonly description: string;
  /** （三）the form asked for, including how and where to obtain it (e.g. 纸质件邮寄). */
  readonly form: string;
  /** For an oral application: who in the office wrote it down (第二十九条). */
  readonly filledInBy?: string;
  /** When the applicant handed it in, posted or sent it. Default: the receipt, or now. ISO instant with offset. */
  readonly submittedAt?: string;
  /**
   * For post, online and fax: when the office signed for it or confirmed it (第三十一条（二）（三）).
   * Default now; never later than now. ISO instant with offset.
   */
  readonly receivedAt?: string;
}

/** True for a national form (it names the applicant's kind; the Xiji form its type). */
export function isNationalForm(form: object): form is NationalApplicationForm {
  return 'applicantKind' in form;
}

/** The instant a receipt field names, or `fallback` when none; a receipt after now is refused (it has not happened). */
function receiptInstant(form: NationalApplicationForm, nowIso: string, nowMs: number): string {
  const at = form.receivedAt ?? (form.channel === 'inPerson' || form.channel === 'oral' ? form.submittedAt : undefined) ?? nowIso;
  if (Date.parse(at) > nowMs)
    throw new ZwgkError(
      'INVALID_ARGUMENT',
      `the receipt (${at}) is later than now: record an application once it has been received (第三十一条)`,
      {
        receivedAt: at,
      },
    );
  return at;
}

/**
 * The module's input (`applicationSchema` of @zwgk/rule-national-disclosure-request), built from
 * the OA form, with the receipt dated by its channel (第三十一条). `nowIso`/`nowMs` are the
 * service clock's reading.
 */
export function toNationalInput(form: NationalApplicationForm, nowIso: string, nowMs: number): unknown {
  const receivedAt = receiptInstant(form, nowIso, nowMs);
  const receipt = (() => {
    switch (form.channel) {
      case 'inPerson':
        return { channel: 'inPerson' };
      case 'oral':
        return { channel: 'oral', filledInBy: form.filledInBy ?? '' };
      case 'registeredPost':
        return { channel: 'registeredPost', signedForAt: receivedAt };
      default:
        return { channel: form.channel, confirmedAt: receivedAt };
    }
  })();
  return {
    applicant: { kind: form.applicantKind, name: form.applicantName, identityDocument: form.identityDocument, contact: form.contact },
    submittedAt: form.channel === 'inPerson' || form.channel === 'oral' ? receivedAt : (form.submittedAt ?? receivedAt),
    receipt,
    description: form.description,
    form: form.form,
  };
}

/** When the form says the application was received (for numbering and choosing the regulation), or now. */
export function nationalReceiptMs(form: NationalApplicationForm, nowMs: number): number {
  const at = form.receivedAt ?? (form.channel === 'inPerson' || form.channel === 'oral' ? form.submittedAt : undefined);
  const ms = at === undefined ? nowMs : Date.parse(at);
  return Number.isFinite(ms) ? ms : nowMs;
}
