import { z } from 'zod';

const text = z.string().min(1);
const isMonday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() === 1;

/** A netizen's error report on a government site, opened when it is received (第二十条第二款). */
export const errorReportInputSchema = z.object({
  kind: z.literal('errorReport'),
  site: text,
  /** The netizen who reported (name or account) and how to answer them. */
  netizen: text,
  content: text,
});

/** An application to open a government site (第九条、第十条). */
export const openingInputSchema = z.object({
  kind: z.literal('opening'),
  site: text,
  hostUnit: text,
  /** A new portal announces on the higher portal, a department site on this level's portal (第十条第(五)项). */
  siteType: z.enum(['portal', 'department']),
});

/**
 * A site's earlier take-down that the engine does not hold (before the engine was used, or recorded
 * elsewhere), for the yearly limit. Take-downs recorded as cases of this module are found by the
 * engine itself (a facts query on the case `title`, the site's name).
 */
export const earlierTakedownSchema = z.object({
  from: z.iso.date(),
  /** false for force majeure or an ordered emergency take-down (第十五条第二款: 不计入当年下线次数). */
  counted: z.boolean(),
});

/**
 * An application for a temporary take-down (第十五条). Open the case with `title` = the site's name:
 * the yearly limit is checked against the earlier take-down cases with that title.
 */
export const takedownInputSchema = z.object({
  kind: z.literal('takedown'),
  site: text,
  hostUnit: text,
  reason: text,
  plannedStart: z.iso.date(),
  plannedDays: z.number().int().positive(),
  earlierTakedowns: z.array(earlierTakedownSchema).default([]),
});

/**
 * An emergency take-down (第十五条第二款): power or network cut by force majeure, or an ordered
 * emergency take-down for unmet security requirements. Not counted against the yearly limit, but
 * filed (报备) in writing through the city office. Opened when the site goes offline.
 */
export const emergencyTakedownInputSchema = z.object({
  kind: z.literal('emergencyTakedown'),
  site: text,
  hostUnit: text,
  cause: z.enum(['forceMajeure', 'orderedEmergency']),
  description: text,
});

/**
 * An application to migrate a site's content before closing it for good (第十二条: 无力维护、主办单位撤销合并
 * or 集约化), with the reasons and safeguards; reviewed level by level and approved by the city office.
 */
export const migrationInputSchema = z.object({
  kind: z.literal('migration'),
  site: text,
  hostUnit: text,
  reason: text,
  safeguards: text,
});

/** One quarter's inspection of every government site by the disclosure office (第三十二条). */
export const inspectionInputSchema = z.object({
  kind: z.literal('inspection'),
  /** The quarter inspected, `YYYY-Qn`. */
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter YYYY-Qn'),
});

/** A host unit's yearly website report table (第三十五条), published. */
export const yearlyTableInputSchema = z.object({
  kind: z.literal('yearlyTable'),
  site: text,
  hostUnit: text,
  year: z.number().int().min(2018).max(2022),
});

/** A migration notice on the site's home page, or the completion notice on the portal (第十三条). */
export const migrationNoticeInputSchema = z.object({
  kind: z.literal('migrationNotice'),
  site: text,
  notice: z.enum(['migration', 'completion']),
});

/** A government new-media account, from its opening to the filing of its closure (第三十九条). */
export const accountInputSchema = z.object({
  kind: z.literal('account'),
  accountName: text,
  platform: text,
  unit: text,
  /** An account in the institution's name, or an official's verified account in their public capacity. */
  holder: z.enum(['institution', 'official']),
});

/** One account-week: the posts of one account in one week (第四十条第二款、第四十一条). */
export const weekInputSchema = z.object({
  kind: z.literal('week'),
  accountName: text,
  /** The Monday that starts the week (Beijing date); the week ends at the next Monday 00:00. */
  weekStart: z.iso.date().refine(isMonday, 'must be a Monday'),
});

/** The case input: one matter of a `kind`, which routes the case to its workflow. */
export const input = z.discriminatedUnion('kind', [
  errorReportInputSchema,
  openingInputSchema,
  takedownInputSchema,
  emergencyTakedownInputSchema,
  migrationInputSchema,
  migrationNoticeInputSchema,
  inspectionInputSchema,
  yearlyTableInputSchema,
  accountInputSchema,
  weekInputSchema,
]);
/** The data a case of this module is opened with. */
export type WebsitesNewMediaInput = z.output<typeof input>;
/** What a case is about — an error report, an opening, a take-down, a migration notice, an account, … (the `kind` of its input). */
export type Kind = WebsitesNewMediaInput['kind'];

/** What a finished case of this module hands to its parent case. */
export const output = z.object({
  kind: z.enum([
    'errorReport',
    'opening',
    'takedown',
    'emergencyTakedown',
    'migration',
    'migrationNotice',
    'inspection',
    'yearlyTable',
    'account',
    'week',
  ]),
  outcome: z.enum([
    'answered',
    'opened',
    'refused',
    'restored',
    'removed',
    'closureFiled',
    'weekEnded',
    'withdrawn',
    'started',
    'published',
  ]),
  posts: z.number().int().nonnegative().nullable(),
  takedownRefusals: z.array(z.enum(['tooLong', 'alreadyTakenDownThisYear'])).nullable(),
});

/** What a finished case of this module hands to its parent case. */
export type WebsitesNewMediaOutput = z.output<typeof output>;
