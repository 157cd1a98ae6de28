import {
  type AnyActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  createActor,
  type ExecutableActionObject,
  transition,
} from 'xstate';

/**
 * xstate's pure `transition()`, without its per-call set-up. `transition()` builds a throwaway
 * inert actor for every call, and that actor computes the machine's initial snapshot each time:
 * about three quarters of the call's cost in the core bench. xstate's own running actor keeps one
 * scope for all the events it receives; likewise nothing in this scope carries over between
 * calls unless the machine spawns or invokes actors (they register in the scope's system), so
 * one inert scope per machine serves every call; a machine whose result holds child actors is
 * recomputed by xstate's own `transition()` and always takes it from then on.
 */
interface SharedScope {
  readonly scope: AnyActorScope;
  /** Where the scope's action executor collects the current call's actions. */
  actions: ExecutableActionObject[];
}

const scopes = new WeakMap<AnyStateMachine, SharedScope | 'fresh'>();

function sharedScope(machine: AnyStateMachine): SharedScope | 'fresh' {
  let shared = scopes.get(machine);
  if (shared === undefined) {
    const self = createActor(machine);
    const holder: SharedScope = {
      actions: [],
      scope: {
        self,
        id: '',
        sessionId: '',
        system: self.system,
        logger: () => {},
        defer: () => {},
        emit: () => {},
        stopChild: () => {},
        actionExecutor: (action) => {
          holder.actions.push(action);
        },
      },
    };
    scopes.set(machine, (shared = holder));
  }
  return shared;
}

const hasChildren = (snapshot: AnyMachineSnapshot) => {
  for (const _ in snapshot.children) return true;
  return false;
};

/** The same `[nextSnapshot, actions]` as xstate's `transition(machine, snapshot, event)`. */
export function pureTransition(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  event: { type: string },
): [AnyMachineSnapshot, ExecutableActionObject[]] {
  const shared = sharedScope(machine);
  if (shared !== 'fresh' && !hasChildren(snapshot)) {
    const actions: ExecutableActionObject[] = [];
    shared.actions = actions;
    const next = machine.transition(snapshot, event, shared.scope) as AnyMachineSnapshot;
    if (!hasChildren(next)) return [next, actions];
    scopes.set(machine, 'fresh');
  }
  return transition(machine, snapshot, event as never) as [AnyMachineSnapshot, ExecutableActionObject[]];
}
