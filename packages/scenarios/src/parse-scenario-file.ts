import { readFile } from 'node:fs/promises';
import { type Document, isMap, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ScenarioFileError, type ScenarioFileProblem } from './scenario-file-error.js';
import { openStepSchema, type ScenarioFile, scenarioFileSchema, sendStepSchema, tickStepSchema } from './scenario-file-schema.js';

type Path = readonly PropertyKey[];

/** The source offset of the deepest node on `path` that exists (a missing key points at its parent). */
function offsetOf(doc: Document, path: Path): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return range[0];
  }
  return 0;
}

type Issue = z.core.$ZodIssue;

/** The value at `path` in the parsed document. */
function valueAt(raw: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), raw);
}

const STEP_KINDS = { open: openStepSchema, send: sendStepSchema, tick: tickStepSchema } as const;

/**
 * A union fails as a whole ("Invalid input"); report instead the issues of the branch the author
 * meant, which say which field is wrong. For a step, that is the kind its key names (open, send or
 * tick); otherwise the first branch whose type matched the value.
 */
function explain(issue: Issue, raw: unknown): Issue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const value = valueAt(raw, issue.path);
  if (value === undefined) return [{ ...issue, message: 'missing' }];
  const isStep = issue.path.length === 2 && issue.path[0] === 'steps';
  if (isStep) {
    const kind = value && typeof value === 'object' ? Object.keys(STEP_KINDS).find((k) => k in value) : undefined;
    if (!kind) return [{ ...issue, message: 'a step needs one of open, send or tick' }];
    const result = STEP_KINDS[kind as keyof typeof STEP_KINDS].safeParse(value);
    return result.success ? [] : result.error.issues.flatMap((i) => explain({ ...i, path: [...issue.path, ...i.path] } as Issue, raw));
  }
  const branch = issue.errors.find(
    (errors) => !errors.some((e) => e.path.length === 0 && (e.code === 'invalid_type' || e.code === 'invalid_value')),
  );
  if (!branch) return [issue];
  return branch.flatMap((i) => explain({ ...i, path: [...issue.path, ...i.path] } as Issue, raw));
}

function problems(doc: Document, lines: LineCounter, raw: unknown, issues: readonly Issue[]): ScenarioFileProblem[] {
  return issues
    .flatMap((issue) => explain(issue, raw))
    .map((one) => {
      const { line, col } = lines.linePos(offsetOf(doc, one.path));
      return { line, column: col, path: one.path.map(String).join('.'), message: one.message };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A validated scenario file, and where each of its parts is in the text (for later problems). */
export interface ParsedScenarioFile {
  readonly file: string;
  readonly data: ScenarioFile;
  /** The line and column of the node at `path` (or of its nearest parent that exists). */
  readonly locate: (path: Path) => { readonly line: number; readonly column: number };
}

/**
 * Parses and validates the text of a scenario file (YAML, or JSON, which YAML reads too).
 * Throws {@link ScenarioFileError} naming the file, line and column of every problem.
 */
export function parseScenarioFile(text: string, file: string): ParsedScenarioFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ScenarioFileError(
      file,
      doc.errors.map((e) => ({
        line: e.linePos?.[0].line ?? 1,
        column: e.linePos?.[0].col ?? 1,
        path: '',
        message: e.message.split('\n')[0]!,
      })),
    );
  }
  if (!isMap(doc.contents)) {
    const { line, col } = lines.linePos(offsetOf(doc, []));
    throw new ScenarioFileError(file, [
      { line, column: col, path: '', message: 'a scenario file is a mapping with scenario, modules, start and steps' },
    ]);
  }
  const raw = doc.toJS() as unknown;
  const result = scenarioFileSchema.safeParse(raw);
  if (!result.success) throw new ScenarioFileError(file, problems(doc, lines, raw, result.error.issues));
  const locate = (path: Path) => {
    const { line, col } = lines.linePos(offsetOf(doc, path));
    return { line, column: col };
  };
  return { file, data: result.data, locate };
}

/** Reads and parses a scenario file from disk. */
export async function readScenarioFile(path: string): Promise<ParsedScenarioFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ScenarioFileError(path, [{ line: 1, column: 1, path: '', message: reason }]);
  }
  return parseScenarioFile(text, path);
}
