/**
 * Known defects of the built-in modules, not intent: states that can wait forever on someone
 * outside the office today. `checkRuleModule` waives exactly these (by module key) and fails when
 * one is no longer stuck, so the list only shrinks. Issues 15 and 16 fix the machines; do not add
 * to this list to make a new module pass — give the state a deadline or an inside way out, or
 * declare it `openEnded` with the text's reason.
 */
export const builtInKnownStuckStates: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'confidentiality-review@1.0.0': {
    'reviewing.bureauApproval': 'fixed by issue 15/16: the secrecy bureau (outside) has no deadline and the office no way on',
    'reviewing.awaitingClassification':
      'fixed by issue 15/16: the classifying authority (outside) has no deadline and the office no way on',
  },
  'release-coordination@1.0.0': {
    'proactive.escalated': 'fixed by issue 15/16: waits on the higher authority (outside) alone, with no period',
    'application.escalated': 'fixed by issue 15/16: waits on the higher authority (outside) alone, with no period',
  },
  'assessment@1.0.0': { selfInspecting: 'fixed by issue 15/16: waits on the assessed unit alone, with no period' },
  'supervision@1.0.0': { 'inspection.rectifying': 'fixed by issue 15/16: waits on the inspected body alone, with no period' },
};
