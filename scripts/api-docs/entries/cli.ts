/**
 * zwgk command line: deadlines with explanations, loaded rule modules, state diagrams, audit verification.
 * Only the programmatic entry (`runCli`) is documented here; the commands are in the package README.
 *
 * @module @zwgk/cli
 */

export type { CliIo } from '@zwgk/cli';
export { runCli } from '@zwgk/cli';
