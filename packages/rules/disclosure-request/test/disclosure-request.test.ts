import { confidentialityReview } from '@zwgk/rule-confidentiality-review';
import { releaseCoordination } from '@zwgk/rule-release-coordination';
import { describeRuleModule } from '@zwgk/testing';
import { disclosureRequest } from '../src/index.js';
import { composedScenarios } from './scenarios/composed.js';
import {
  answerScenarios,
  deadlineScenarios,
  recordScenarios,
  registrationScenarios,
  serviceScenarios,
  thirdPartyScenarios,
} from './scenarios/single.js';

describeRuleModule(disclosureRequest, {
  dependencies: [confidentialityReview, releaseCoordination],
  readme: new URL('../README.md', import.meta.url).pathname,
  scenarios: [
    ...deadlineScenarios,
    ...thirdPartyScenarios,
    ...answerScenarios,
    ...serviceScenarios,
    ...registrationScenarios,
    ...recordScenarios,
    ...composedScenarios,
  ],
});
