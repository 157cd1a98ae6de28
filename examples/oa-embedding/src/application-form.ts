/**
 * The application form as an OA reception screen collects it: flat fields, the way a web form
 * or a scanned paper form arrives. `toApplicationInput` maps it to the input schema of
 * @zwgk/rule-disclosure-request; the engine validates it there (第六条 content, 第七条 identity
 * papers), so a form missing either is rejected with `ZwgkError('INVALID_PAYLOAD')` and no case
 * is registered.
 */
export interface ApplicationForm {
  /** The OA's own file number (文号); one is made up when absent. */
  readonly fileNumber?: string;
  /** 书面 (writing), 数据电文 (electronic) or 口头 (oral) — 第五条. */
  readonly channel: 'writing' | 'electronic' | 'oral';
  readonly applicantType: 'citizen' | 'organisation';
  readonly applicantName: string;
  readonly contact: string;
  /** 居民身份证号码, for a citizen (第七条). */
  readonly idNumber?: string;
  /** 统一社会信用代码, for an organisation (第七条). */
  readonly creditCode?: string;
  /** What information is asked for (第六条). */
  readonly description: string;
  /** The form the applicant wants it in (第六条). */
  readonly form: 'paper' | 'electronic' | 'inspection' | 'copy' | 'other';
  /** For an oral application: who filled in the form, and the record of the applicant's circumstances (第五条). */
  readonly oralRecord?: { readonly filledInBy: string; readonly applicantCircumstances: string };
  /** When the office received it, if earlier than now (a letter registered the next morning). ISO instant with offset. */
  readonly receivedAt?: string;
}

/** The rule module's input (its `applicationSchema`), built from the OA form. */
export function toApplicationInput(form: ApplicationForm): unknown {
  const applicant =
    form.applicantType === 'organisation'
      ? { kind: 'organisation', name: form.applicantName, contact: form.contact, creditCode: form.creditCode ?? '' }
      : {
          kind: 'citizen',
          name: form.applicantName,
          contact: form.contact,
          identity: { document: 'residentIdCard', number: form.idNumber ?? '' },
        };
  return {
    channel: form.channel,
    ...(form.oralRecord ? { oralRecord: form.oralRecord } : {}),
    applicant,
    request: { kind: 'disclosure', description: form.description, form: form.form },
  };
}

/** The parts of the case's context the case list shows (the module's `DisclosureRequestContext.application`). */
export interface RegisteredApplication {
  readonly applicant: { readonly name: string };
  readonly request:
    | { readonly kind: 'disclosure'; readonly description: string }
    | { readonly kind: 'recordCorrection'; readonly record: string };
}

/** Reads the registered application from a case's persisted xstate snapshot. */
export function registeredApplication(snapshot: unknown): RegisteredApplication | undefined {
  const application = (snapshot as { context?: { application?: RegisteredApplication } } | null)?.context?.application;
  return application?.applicant && application.request ? application : undefined;
}
