import { z } from 'zod';

/** The six areas of 第四条 (一)…(六), in order. */
export const AREAS = ['organisation', 'institutions', 'content', 'forms', 'procedureAndTimeliness', 'effect'] as const;
/** One of the six assessed areas of 第四条. */
export type Area = (typeof AREAS)[number];

/** The Chinese name of each area, with its item of 第四条. */
export const areaLabels: Readonly<Record<Area, string>> = {
  organisation: '组织领导（第四条第(一)项）',
  institutions: '制度建设（第四条第(二)项）',
  content: '公开内容（第四条第(三)项）',
  forms: '公开形式（第四条第(四)项）',
  procedureAndTimeliness: '程序和时限（第四条第(五)项）',
  effect: '公开效果（第四条第(六)项）',
};

const score = z.number().min(0).max(100);

/** The assessment team's score of each area, 0–100 (第五条 量化标准). */
export const areaScoresSchema = z.object({
  organisation: score,
  institutions: score,
  content: score,
  forms: score,
  procedureAndTimeliness: score,
  effect: score,
});

/** The assessment team's score of each area, 0–100 (第五条 量化标准). (The value `areaScoresSchema` parses to.) */
export type AreaScores = z.output<typeof areaScoresSchema>;
