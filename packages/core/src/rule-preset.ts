import type { AnyRuleModule } from './define-rule-module.js';

/** A regulation (or a notice issuing several) and the rule modules that implement it. */
export interface RulePreset {
  /** The id scenario files, the CLI (`--preset`) and the HTTP service name it by. */
  readonly id: string;
  readonly documentNumber: string;
  readonly title: string;
  readonly issuer: string;
  readonly issuedOn: string;
  readonly inForce: { readonly from: string; readonly to: string };
  /** The modules, in the order the regulation (or the notice) lists them. */
  readonly modules: readonly AnyRuleModule[];
}
