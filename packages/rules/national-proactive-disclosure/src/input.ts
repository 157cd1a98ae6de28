import { z } from 'zod';
import { informationCategorySchema } from './information.js';

const text = z.string().trim().min(1);
const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant with its offset' });
/** Whether the information was formed (new) or changed (第二十六条). */
const lifecycleEvent = z.enum(['formed', 'changed', 'repealed']);

/** The information a proactive-disclosure case is opened with. */
export const input = z.object({
  title: text,
  category: informationCategorySchema,
  /** Whether the information was formed (new) or changed (第二十六条), and when. */
  event: lifecycleEvent,
  formedAt: instant,
});

/** The information (the value `input` parses to). */
export type Information = z.output<typeof input>;

/** What a finished case hands to the annual report: published or not, and what kind of information. */
export const output = z.object({ published: z.boolean(), category: informationCategorySchema, event: lifecycleEvent });

/** What a finished case hands to the annual report (the value `output` parses to). */
export type ProactiveOutput = z.output<typeof output>;
