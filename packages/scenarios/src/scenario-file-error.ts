/** One thing wrong in a scenario file, with where it is. */
export interface ScenarioFileProblem {
  readonly line: number;
  readonly column: number;
  /** The path inside the document, e.g. `steps.3.actor`. */
  readonly path: string;
  readonly message: string;
}

/**
 * A scenario file that cannot be read, parsed or validated. The message names the file, the line
 * and what is wrong, one problem a line, as an editor would show them.
 */
export class ScenarioFileError extends Error {
  override readonly name = 'ScenarioFileError';
  constructor(
    readonly file: string,
    readonly problems: readonly ScenarioFileProblem[],
  ) {
    super(problems.map((p) => `${file}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n'));
  }
}
