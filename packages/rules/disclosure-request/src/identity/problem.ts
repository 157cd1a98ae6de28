import { isResidentIdNumber } from './resident-id-number.js';
import { isUnifiedSocialCreditCode } from './unified-social-credit-code.js';

/** The applicant's papers as received (see `applicantSchema`): numbers normalised, not yet checked. */
export type ApplicantPapers =
  | {
      readonly kind: 'citizen';
      readonly identity:
        | { readonly document: 'residentIdCard'; readonly number: string }
        | { readonly document: 'otherCertificate'; readonly certificate: string; readonly number: string };
    }
  | { readonly kind: 'organisation'; readonly creditCode?: string | undefined; readonly certificate?: unknown };

/**
 * What is wrong with the papers an application came with, in words for the notice, or null when
 * they are valid (第七条 有效身份证件或证明文件). A resident identity number is checked by GB
 * 11643-1999 and a unified social credit code by GB 32100-2015; another certificate is named, not
 * checked. Pure.
 *
 * @example
 * identityProblem({ kind: 'organisation', creditCode: '91640422MA76XJ2K3N' })
 * //=> '统一社会信用代码 91640422MA76XJ2K3N 校验不通过（GB 32100-2015）'
 */
export function identityProblem(applicant: ApplicantPapers): string | null {
  if (applicant.kind === 'citizen') {
    const { identity } = applicant;
    if (identity.document === 'residentIdCard' && !isResidentIdNumber(identity.number))
      return `居民身份证号码 ${identity.number} 校验不通过（GB 11643-1999）`;
    return null;
  }
  if (applicant.certificate !== undefined) return null;
  if (applicant.creditCode === undefined) return '未提供统一社会信用代码或其他证明文件';
  if (!isUnifiedSocialCreditCode(applicant.creditCode)) return `统一社会信用代码 ${applicant.creditCode} 校验不通过（GB 32100-2015）`;
  return null;
}
