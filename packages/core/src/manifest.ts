import type { AnyStateMachine } from 'xstate';
import { z } from 'zod';
import type { CaseRecord } from './case-record.js';
import type { CaseEvent, EngineEffect, Instant } from './events.js';
import type { FactsQuery } from './store.js';

/** A label in both languages: Chinese for officials and auditors, English for integrators. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/**
 * A party that acts in a module's cases. `inside` says whether it belongs to the office running
 * the case (clerk, office head, reviewers): only such a role can be relied on to move a case on,
 * so a state that waits on outside parties alone needs a deadline (see `checkRuleModule`).
 */
export interface RoleSpec extends Bilingual {
  readonly inside?: boolean;
}

/** One clause of the source text: how to cite it and what it says. */
export interface Clause {
  /** Full citation, e.g. `《西吉县政府信息依申请公开制度》第八条`. */
  readonly citation: string;
  /** The clause's words as published (or the part the module relies on). */
  readonly text: string;
  /** Set when the published text lost the article number and it was inferred from the order. */
  readonly inferredNumber?: boolean;
}

/** How a deadline's length is counted: working days (工作日, skipping holidays and counting 调休 days), calendar days, or hours. */
export type DeadlineUnit = 'workingDays' | 'calendarDays' | 'hours';
/** How a deadline's warning offset is counted (minutes for hour-long periods). */
export type WarningUnit = 'workingDays' | 'calendarDays' | 'minutes';

/** An event a module accepts: its payload schema, the roles that may send it and the clause that gives it meaning. */
export interface EventSpec<R extends string = string, C extends string = string> {
  /** Validates the payload (a failure is `INVALID_PAYLOAD`). */
  readonly schema: z.ZodType;
  /** The roles allowed to send the event. */
  readonly roles: readonly R[];
  readonly label: Bilingual;
  /** The clause that gives this event its meaning, when one does. */
  readonly clause?: C;
  /**
   * Facts from other cases the event needs (e.g. this year's earlier take-downs of the same site):
   * queries by name, asked of the store before the event is applied; the answers reach the machine
   * as `event.facts` and are audited with the event, so replay needs no store.
   */
  readonly facts?: (args: {
    readonly payload: any;
    readonly case: CaseRecord;
    readonly at: Instant;
  }) => Readonly<Record<string, FactsQuery>>;
}

/** A legal time limit (期限) a machine starts, pauses, extends and completes through effects. */
export interface DeadlineSpec<C extends string = string> {
  readonly label: Bilingual;
  readonly length: number;
  readonly unit: DeadlineUnit;
  /** What starts the period, in words (`收到申请之日` / receipt of the application). */
  readonly startsOn: Bilingual;
  readonly clause: C;
  /** Warn this long before the due instant: working or calendar days for day periods, minutes for hour periods. */
  readonly warnBefore?: { readonly length: number; readonly unit: WarningUnit };
  /** Whether and how far the period may be extended (延期). */
  readonly extension?: { readonly maxTimes: number; readonly maxLength: number; readonly clause: C };
  /**
   * Whether the clock may stop (time not counted), and the rule that says so. `warnAfter`: a pause
   * that waits on someone outside the office has no end of its own, so the engine warns when it
   * has lasted this long (a `pauseDeadline` effect may give another length, e.g. from a parameter).
   */
  readonly pause?: { readonly clause: C; readonly warnAfter?: PauseWarning };
  /**
   * How the period ends when it runs out before the duty is done: `duty` (default) a duty not done
   * in time, outcome `missed`; `elapse` a period that runs out by design (a display or consultation
   * window), outcome `elapsed`; `deemed` silence the text deems consent (发布协调制度第十条), outcome `deemed`.
   */
  readonly endsBy?: 'duty' | 'elapse' | 'deemed';
  /**
   * A keyed family (several parties): declared once under its name, started as `name:<key>` (one
   * per party, e.g. `thirdParty:acme`), each with its own clock, outcome and `deadline.due`.
   */
  readonly keyed?: boolean;
}

/** How long a pause may last before the engine warns that it has no end of its own. */
export interface PauseWarning {
  readonly length: number;
  readonly unit: 'workingDays' | 'calendarDays';
}

/** A written notice (告知书 and the like) a machine sends to a party. */
export interface NoticeSpec<C extends string = string> {
  readonly label: Bilingual;
  /** Who receives it: a role or party name (`applicant`, `thirdParty`, `secrecyBureau`). */
  readonly recipient: string;
  readonly clause: C;
  /** The content the clause requires, validated when the machine sends the notice. */
  readonly schema?: z.ZodType;
}

/** A breach (违规) a machine records when a rule is not kept, e.g. a deadline missed. */
export interface BreachSpec<C extends string = string> {
  readonly label: Bilingual;
  readonly clause: C;
}

/** A value the regulation leaves to the deploying agency, with its default and schema. */
export interface ParameterSpec<T = unknown> {
  readonly label: Bilingual;
  readonly default: T;
  readonly schema: z.ZodType<T>;
  /** Why this is a parameter: what the text leaves open. */
  readonly why: string;
}

/** The regulation a module implements. */
export interface SourceDocument {
  /** The regulation's name, e.g. 西吉县政府信息依申请公开制度. */
  readonly name: string;
  /** The issuing document's number, e.g. 西政办发〔2018〕47号. */
  readonly documentNumber: string;
  readonly issuer: string;
  readonly jurisdiction: string;
}

/** What an after-closure handler receives: the event, and the closed case's state and final output. */
export interface AfterClosureArgs {
  readonly event: CaseEvent;
  /** The case's state when the fact arrives: its final state, or a post-closure state it moved to. */
  readonly state: string;
  /** The machine's final output. */
  readonly output: unknown;
}

/**
 * A fact a closed case still records (improper disclosure found after publication, postage charged
 * after the information was sent): validated like any event, audited in the case's chain, with
 * the effects the handler returns. The case stays closed; `moveTo` names the post-closure state
 * it moves to (its `state` then shows it).
 */
export interface AfterClosureSpec<C extends string = string> {
  /** The states (final, or post-closure `moveTo` names) in which the fact is recorded; every state when absent. */
  readonly states?: readonly string[];
  /** A post-closure state the case moves to (e.g. `closed.referred`); it stays closed. */
  readonly moveTo?: string;
  /** The clause that makes the fact matter after closure. */
  readonly clause?: C;
  /**
   * The effects of the fact: notices, breaches, deadlines (`startDeadline` and the other helpers
   * are xstate actions; here return plain {@link EngineEffect} objects). Pure: replay calls it again
   * and checks it returns the same.
   */
  readonly effects?: (args: AfterClosureArgs) => readonly EngineEffect[];
}

/** What a rule-module author writes. `C` are the clause ids, `R` the role names. */
export interface RuleModuleDefinition<
  C extends string = string,
  R extends string = string,
  TMachine extends AnyStateMachine = AnyStateMachine,
> {
  readonly id: string;
  readonly version: string;
  readonly title: Bilingual;
  readonly source: SourceDocument;
  /** Dates (Beijing) on which cases may be opened under this version, inclusive. */
  readonly inForce: { readonly from: string; readonly to: string };
  readonly clauses: Readonly<Record<C, Clause>>;
  /** Clauses of the table that no code implements, with the reason. */
  readonly unimplemented?: Readonly<Partial<Record<NoInfer<C>, string>>>;
  readonly roles: Readonly<Record<R, RoleSpec>>;
  /** The data a case of this module is opened with. */
  readonly input: z.ZodType;
  readonly events: Readonly<Record<string, EventSpec<NoInfer<R>, NoInfer<C>>>>;
  readonly deadlines?: Readonly<Record<string, DeadlineSpec<NoInfer<C>>>>;
  readonly notices?: Readonly<Record<string, NoticeSpec<NoInfer<C>>>>;
  readonly breaches?: Readonly<Record<string, BreachSpec<NoInfer<C>>>>;
  // biome-ignore lint/suspicious/noExplicitAny: each parameter has its own value type
  readonly parameters?: Readonly<Record<string, ParameterSpec<any>>>;
  /**
   * Non-final states (dotted paths) that may wait without a deadline and without a way out for an
   * inside role, each with the reason the text gives (shown in the README).
   */
  readonly openEnded?: Readonly<Record<string, string>>;
  /** The shape of the machine's final output, which a parent case receives in `child.done`. */
  readonly output?: z.ZodType;
  /** Module ids this module may open as child cases. */
  readonly children?: readonly string[];
  /**
   * Facts a closed case still records, by event type (a declared event, or `deadline.due` /
   * `deadline.warning` of a deadline started after closure). Any other event on a closed case is `CASE_CLOSED`.
   */
  readonly afterClosure?: Readonly<Record<string, AfterClosureSpec<NoInfer<C>>>>;
  readonly machine: TMachine;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const identifier = z.string().regex(/^[a-z][a-zA-Z0-9.-]*$/, 'must be a lower-camel or kebab identifier');
const zodSchema = z.custom<z.ZodType>((value) => value instanceof z.ZodType, 'must be a zod schema');
const positiveInt = z.number().int().positive('must be a positive integer');

/** The manifest's shape, checked when a module is defined. Clause references are checked after it. */
export const ruleModuleManifestSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, e.g. disclosure-request'),
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be a semver version, e.g. 1.0.0'),
  title: bilingual,
  source: z.object({
    name: z.string().min(1),
    documentNumber: z.string().min(1),
    issuer: z.string().min(1),
    jurisdiction: z.string().min(1),
  }),
  inForce: z.object({ from: isoDate, to: isoDate }).refine((p) => p.from <= p.to, 'from must not be after to'),
  clauses: z
    .record(
      z.string().min(1),
      z.object({
        citation: z.string().regex(/^《.+》/, 'must start with 《制度名》'),
        text: z.string().min(1),
        inferredNumber: z.boolean().optional(),
      }),
    )
    .refine((t) => Object.keys(t).length > 0, 'must list at least one clause'),
  unimplemented: z.record(z.string(), z.string().min(1, 'must give the reason')).optional(),
  roles: z.record(identifier, bilingual.extend({ inside: z.boolean().optional() })),
  input: zodSchema,
  events: z.record(
    z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/, 'must be a dotted lower-camel name, e.g. application.received'),
    z.object({
      schema: zodSchema,
      roles: z.array(identifier).min(1, 'must allow at least one role'),
      label: bilingual,
      clause: z.string().optional(),
      facts: z.custom<(args: never) => unknown>((f) => typeof f === 'function', 'must be a function returning facts queries').optional(),
    }),
  ),
  deadlines: z
    .record(
      identifier,
      z.object({
        label: bilingual,
        length: positiveInt,
        unit: z.enum(['workingDays', 'calendarDays', 'hours']),
        startsOn: bilingual,
        clause: z.string(),
        warnBefore: z.object({ length: positiveInt, unit: z.enum(['workingDays', 'calendarDays', 'minutes']) }).optional(),
        extension: z.object({ maxTimes: positiveInt, maxLength: positiveInt, clause: z.string() }).optional(),
        pause: z
          .object({
            clause: z.string(),
            warnAfter: z.object({ length: positiveInt, unit: z.enum(['workingDays', 'calendarDays']) }).optional(),
          })
          .optional(),
        endsBy: z.enum(['duty', 'elapse', 'deemed']).optional(),
        keyed: z.boolean().optional(),
      }),
    )
    .optional(),
  notices: z
    .record(identifier, z.object({ label: bilingual, recipient: z.string().min(1), clause: z.string(), schema: zodSchema.optional() }))
    .optional(),
  breaches: z.record(identifier, z.object({ label: bilingual, clause: z.string() })).optional(),
  parameters: z
    .record(identifier, z.object({ label: bilingual, default: z.unknown(), schema: zodSchema, why: z.string().min(1) }))
    .optional(),
  openEnded: z.record(z.string(), z.string().min(1, 'must give the reason')).optional(),
  output: zodSchema.optional(),
  children: z.array(z.string()).optional(),
  afterClosure: z
    .record(
      z.string(),
      z.object({
        states: z.array(z.string().min(1)).optional(),
        moveTo: z.string().min(1).optional(),
        clause: z.string().optional(),
        effects: z
          .custom<(args: AfterClosureArgs) => readonly EngineEffect[]>(
            (f) => typeof f === 'function',
            'must be a function returning effects',
          )
          .optional(),
      }),
    )
    .optional(),
  machine: z.custom<AnyStateMachine>(
    (m) => typeof m === 'object' && m !== null && 'root' in m && 'transition' in m,
    'must be an xstate v5 machine',
  ),
});
