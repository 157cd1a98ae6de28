import type { AnyRuleModule } from './define-rule-module.js';
import { ZwgkError } from './errors.js';

/**
 * Orders two module versions by semver precedence (major, minor, patch, then a pre-release's
 * numeric parts): negative when `a` comes first. The one version order of the project: the engine
 * opens cases under the newest version in force, and the HTTP service lists versions with it.
 *
 * @example
 * ['1.10.0', '1.2.0'].sort(compareVersions) //=> ['1.2.0', '1.10.0']
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The loaded rule modules: every version of each, so cases opened under an old one keep it. */
export class ModuleRegistry {
  readonly #byId = new Map<string, AnyRuleModule[]>();
  readonly #byKey = new Map<string, AnyRuleModule>();

  constructor(modules: readonly AnyRuleModule[]) {
    for (const module of modules) {
      if (this.#byKey.has(module.key))
        throw new ZwgkError('INVALID_ARGUMENT', `modules: ${module.key} is loaded twice`, { module: module.key });
      this.#byKey.set(module.key, module);
      const versions = this.#byId.get(module.id) ?? [];
      versions.push(module);
      versions.sort((a, b) => compareVersions(b.version, a.version));
      this.#byId.set(module.id, versions);
    }
  }

  get all(): AnyRuleModule[] {
    return [...this.#byKey.values()];
  }

  /** The newest version in force on `date` (a Beijing ISO date). */
  inForce(moduleId: string, date: string): AnyRuleModule {
    const versions = this.#byId.get(moduleId);
    if (!versions) {
      throw new ZwgkError(
        'UNKNOWN_MODULE',
        `no rule module ${moduleId} is loaded (loaded: ${[...this.#byId.keys()].join(', ') || 'none'})`,
        { module: moduleId },
      );
    }
    const found = versions.find((m) => m.inForce.from <= date && date <= m.inForce.to);
    if (!found) {
      const periods = versions.map((m) => `${m.version} (${m.inForce.from}…${m.inForce.to})`).join(', ');
      throw new ZwgkError('NOT_IN_FORCE', `no version of ${moduleId} is in force on ${date}: loaded ${periods}`, {
        module: moduleId,
        date,
      });
    }
    return found;
  }

  /** The exact version a case was opened with. */
  byKey(moduleId: string, version: string): AnyRuleModule {
    const found = this.#byKey.get(`${moduleId}@${version}`);
    if (!found) {
      throw new ZwgkError(
        'UNKNOWN_MODULE',
        `rule module ${moduleId}@${version} is not loaded, but cases on it exist: keep that version loaded`,
        {
          module: moduleId,
          version,
        },
      );
    }
    return found;
  }
}
