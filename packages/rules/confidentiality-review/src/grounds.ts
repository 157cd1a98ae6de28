import { z } from 'zod';
import type { ClauseId } from './clauses.js';

/**
 * Why information may not be disclosed: the items of 第五条, and the missing written consent of a
 * department that formed the information jointly (第七条). The value is what a decided case puts
 * in `output.ground`.
 */
export const nonDisclosureGround = z.enum([
  /** 第五条(一): a state secret classified 秘密, 机密 or 绝密 (marked, or so determined under 第八条). */
  'classifiedStateSecret',
  /** 第五条(二): not marked, but its content is a state secret. */
  'unmarkedStateSecret',
  /** 第五条(二): a trade secret. */
  'tradeSecret',
  /** 第五条(二): personal privacy. */
  'privacy',
  /** 第五条(三): disclosure may endanger national, public or economic security or social stability. */
  'endangersSecurity',
  /** 第七条: a department that formed the information jointly did not consent in writing. */
  'noJointConsent',
]);

/** Why information may not be disclosed: the items of 第五条, and the missing written consent of a department that formed the information jointly (第七条). The value is what a decided case puts in `output.ground`. (The value `nonDisclosureGround` parses to.) */
export type NonDisclosureGround = z.infer<typeof nonDisclosureGround>;

/** The clause each ground rests on. */
export const groundClause: Readonly<Record<NonDisclosureGround, ClauseId>> = {
  classifiedStateSecret: '第五条(一)',
  unmarkedStateSecret: '第五条(二)',
  tradeSecret: '第五条(二)',
  privacy: '第五条(二)',
  endangersSecurity: '第五条(三)',
  noJointConsent: '第七条',
};

/** The grounds a reviewer may give under 第五条 (the 第七条 ground only arises from a refusal to consent). */
export const reviewerGround = nonDisclosureGround.exclude(['noJointConsent']);

/** The 密级 of 第五条(一). */
export const secrecyLevel = z.enum(['秘密', '机密', '绝密']);
/** The 密级 of 第五条(一). (The value `secrecyLevel` parses to.) */
export type SecrecyLevel = z.infer<typeof secrecyLevel>;
