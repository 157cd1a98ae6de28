import { booleanParameter, type ParameterSpec, type ParameterValues } from '@zwgk/core';
import { z } from 'zod';
import { AREAS, type Area } from './areas.js';
import { type GradeScale, gradeScaleSchema } from './grades.js';
import { DEFAULT_RULES } from './scoring.js';
import { DEFAULT_TIMELINESS_SOURCES, type TimelinessSource, timelinessSourceSchema } from './timeliness.js';

const weightsSchema = z
  .object(Object.fromEntries(AREAS.map((a) => [a, z.number().min(0)])) as Record<Area, z.ZodNumber>)
  .refine((w) => Object.values(w).some((n) => n > 0), 'at least one weight must be positive');

const thresholdsSchema = z
  .tuple([z.number().min(0).max(100), z.number().min(0).max(100), z.number().min(0).max(100)])
  .refine(([a, b, c]) => a >= b && b >= c, 'thresholds must be given best grade first and must not increase');

/** What the text leaves open, with the reading chosen by default. */
export const parameters = {
  scale: {
    label: { zh: '考核等次', en: 'grade scale' },
    default: DEFAULT_RULES.scale,
    schema: gradeScaleSchema,
    why:
      '第五条 names four grades 优秀、合格、基本合格、不合格 but then defines 优秀、良好、合格、不合格. By default the module grades on the scale the text defines ' +
      '(`defined`); `named` uses the one it names.',
  } satisfies ParameterSpec<GradeScale>,
  thresholds: {
    label: { zh: '等次分数线（由高到低）', en: 'grade thresholds (best grade first)' },
    default: DEFAULT_RULES.thresholds,
    schema: thresholdsSchema,
    why:
      '第五条 requires quantified standards (量化标准) but gives no numbers. The defaults 90 / 80 / 60 (out of 100) are the module’s choice, the usual lines ' +
      'of government performance assessments; a total below the third line is 不合格.',
  } satisfies ParameterSpec<readonly [number, number, number]>,
  weights: {
    label: { zh: '六方面考核内容的权重', en: 'weights of the six areas of 第四条' },
    default: DEFAULT_RULES.weights,
    schema: weightsSchema,
    why: '第四条 lists six areas without weighting them; by default they weigh the same.',
  } satisfies ParameterSpec<Readonly<Record<Area, number>>>,
  capTimeliness: booleanParameter(DEFAULT_RULES.capTimeliness, {
    label: { zh: '时限实测比例封顶"程序和时限"得分', en: 'the measured timeliness rate caps 程序和时限' },
    why:
      '第四条第(五)项 asks 是否按《条例》要求的时限实行主动公开或依申请公开; 第五条 requires quantified standards but gives no formula. ' +
      'By default (true) the team’s score of 程序和时限 may not exceed 100 × the share of periods kept, measured from the unit’s cases of the ' +
      'year (reply periods of 依申请公开 and publication periods of 主动公开 together): this can lower the total, the grade and so 第七条’s ' +
      '表彰. With false the score is the team’s, and the measured figures stand beside it in the proposal, the result notice and the output.',
  }),
  timelinessSources: {
    label: { zh: '时限实测的案件来源（模块和期限名称）', en: 'where the timeliness periods are measured (module and deadline)' },
    default: DEFAULT_TIMELINESS_SOURCES,
    schema: z.array(timelinessSourceSchema).min(1),
    why:
      'The periods of 第四条第(五)项 are those of the cases of the unit (opened with `agency` = the unit) in the assessed year: by default the ' +
      '`reply` deadline of disclosure-request (《西吉县政府信息依申请公开制度》第八条) and the `publication` deadline of proactive-disclosure ' +
      '(《西吉县政府政务公开制度》第六条). An engine that runs other modules (the national ones) names them here.',
  } satisfies ParameterSpec<readonly TimelinessSource[]>,
} as const;

/** Values of the module's parameters (see `parameters` for their defaults and why each is one). */
export type Parameters = ParameterValues<typeof parameters>;
