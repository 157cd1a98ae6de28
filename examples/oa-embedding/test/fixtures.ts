import { isZwgkError, type ZwgkError } from '@zwgk/core';
import type { NationalApplicationForm } from '../src/national-form.js';

/** The typed error a call was refused with; fails the test if it was not refused with one. */
export async function rejection(promise: Promise<unknown>): Promise<ZwgkError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isZwgkError(error)) throw new Error(`expected a ZwgkError, got ${String(error)}`);
  return error;
}

/** An application under 国务院令第711号 handed in at the window now: received today (第三十一条第一项). */
export const inPerson: NationalApplicationForm = {
  channel: 'inPerson',
  applicantKind: 'naturalPerson',
  applicantName: '蒋某',
  identityDocument: '居民身份证 640422198503120027',
  contact: '13900000000',
  description: '2026年度城区更新项目用地批复',
  form: '电子邮件',
};
