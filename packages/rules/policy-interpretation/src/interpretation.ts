import { labelledEnum } from '@zwgk/core';
import { z } from 'zod';

/** The Chinese name of each 解读形式. */
export const formLabels = {
  leaderArticle: '负责同志撰稿解读',
  expert: '专家解读',
  questionsAndAnswers: '政策问答',
  onlineInterview: '在线访谈',
  mediaInterview: '媒体专访',
  pressQuestions: '答记者问',
  pressConference: '新闻发布会（通气会）解读',
  other: '其他形式',
} as const;
/** 解读形式 (第三部分), `other` for a new form the department explores (创新、拓展), named in `otherForm`. */
export const formSchema = labelledEnum(formLabels);
/** 解读形式 (第三部分), `other` for a new form the department explores (创新、拓展), named in `otherForm`. (The value `formSchema` parses to.) */
export type Form = z.infer<typeof formSchema>;

/** The Chinese name of each 解读途径. */
export const channelLabels = {
  governmentWebsite: '政府门户网站',
  disclosurePlatform: '政务公开平台',
  newsMedia: '新闻媒体',
  spokesperson: '新闻发言人',
  weibo: '政务微博',
  broadcast: '广播电视',
  press: '报刊',
  newsWebsite: '新闻网站',
  commercialWebsite: '商业网站',
  other: '其他途径',
} as const;
/** 解读途径 (第一、三、五部分): the carriers of the interpretation. */
export const channelSchema = labelledEnum(channelLabels);
/** 解读途径 (第一、三、五部分): the carriers of the interpretation. (The value `channelSchema` parses to.) */
export type Channel = z.infer<typeof channelSchema>;

const text = (what: string) => z.string().trim().min(1, `must give ${what}`);

/** 解读方案 (第二部分): 解读提纲、解读形式、解读途径、解读时间. */
export const interpretationPlanSchema = z.object({
  outline: text('the outline (解读提纲)'),
  forms: z.array(formSchema).min(1, 'must list at least one form (解读形式)'),
  channels: z.array(channelSchema).min(1, 'must list at least one channel (解读途径)'),
  /** 解读时间, in words (e.g. 与文件同步发布). */
  timing: text('the timing (解读时间)'),
  /**
   * 解读时间 as a date (Beijing, YYYY-MM-DD) when the plan fixes one: the interpretation is to be
   * published by 24:00 that day (第二部分 按时发布). Absent when the plan says 与文件同步发布, which
   * 网站第十八条(三) checks at publication.
   */
  publishBy: z.iso.date('must be a date YYYY-MM-DD (解读时间)').optional(),
});
/** 解读方案 (第二部分): 解读提纲、解读形式、解读途径、解读时间. (The value `interpretationPlanSchema` parses to.) */
export type InterpretationPlan = z.output<typeof interpretationPlanSchema>;

/**
 * What a request for approval carries (第二部分 应当一并报送解读方案或起草说明): the plan, the
 * drafting notes, or both; at least one.
 */
export const interpretationDocumentsSchema = z
  .object({
    plan: interpretationPlanSchema.optional(),
    /** 起草说明. */
    draftingNotes: text('the drafting notes (起草说明)').optional(),
  })
  .refine((d) => d.plan !== undefined || d.draftingNotes !== undefined, {
    message: 'must carry the interpretation plan or the drafting notes (第二部分 一并报送解读方案或起草说明)',
    path: ['plan'],
  });

/** 解读材料 (第二部分 编写解读材料): one item per piece. */
export const materialSchema = z
  .object({
    title: text('the title'),
    form: formSchema,
    otherForm: text('the other form').optional(),
  })
  .refine((m) => m.form !== 'other' || m.otherForm !== undefined, { message: 'must name the other form', path: ['otherForm'] });
/** 解读材料 (第二部分 编写解读材料): one item per piece. (The value `materialSchema` parses to.) */
export type Material = z.output<typeof materialSchema>;

/**
 * Where an interpretation is released: one or more channels. 政府网站是政策解读的第一平台 (第五部分)
 * makes the website the main platform, not the only first one: a release at a press conference or on
 * Weibo is recorded, and the website must follow within `websiteFollowUpWorkingDays` (the machine's
 * `website` deadline).
 */
export const interpretationReleaseSchema = z.object({
  channels: z.array(channelSchema).min(1, 'must list at least one channel (解读途径)'),
  url: z.string().trim().min(1).optional(),
});
/** Where an interpretation is released. (The value `interpretationReleaseSchema` parses to.) */
export type InterpretationRelease = z.output<typeof interpretationReleaseSchema>;

/** Whether a release includes the government website, the 第一平台 of 第五部分. */
export const onWebsite = (channels: readonly Channel[]): boolean => channels.includes('governmentWebsite');

/** 及时更新解读内容 (第五部分): an update of an interpretation already published. */
export const interpretationUpdateSchema = interpretationReleaseSchema.extend({
  summary: text('what was updated'),
});
/** An update of a published interpretation. (The value `interpretationUpdateSchema` parses to.) */
export type InterpretationUpdate = z.output<typeof interpretationUpdateSchema>;
