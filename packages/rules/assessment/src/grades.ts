import { labelledEnum } from '@zwgk/core';
import { z } from 'zod';

/**
 * The two grade scales of 第五条. Its first sentence names 优秀、合格、基本合格、不合格; the
 * paragraphs that follow define 优秀、良好、合格、不合格. `defined` (the default) is the scale the
 * text defines; `named` the one it names.
 */
export const gradeScaleSchema = z.enum(['defined', 'named']);
/** The two grade scales of 第五条. Its first sentence names 优秀、合格、基本合格、不合格; the paragraphs that follow define 优秀、良好、合格、不合格. `defined` (the default) is the scale the text defines; `named` the one it names. (The value `gradeScaleSchema` parses to.) */
export type GradeScale = z.output<typeof gradeScaleSchema>;

/** The Chinese name of each grade. */
export const gradeLabels = {
  excellent: '优秀',
  good: '良好',
  pass: '合格',
  basicPass: '基本合格',
  fail: '不合格',
} as const;
/** Every grade either scale of 第五条 uses. */
export const gradeSchema = labelledEnum(gradeLabels);
/** Every grade either scale of 第五条 uses. (The value `gradeSchema` parses to.) */
export type Grade = z.output<typeof gradeSchema>;

/** The grades of each scale, best first. */
export const SCALES: Readonly<Record<GradeScale, readonly [Grade, Grade, Grade, Grade]>> = {
  defined: ['excellent', 'good', 'pass', 'fail'],
  named: ['excellent', 'pass', 'basicPass', 'fail'],
};
