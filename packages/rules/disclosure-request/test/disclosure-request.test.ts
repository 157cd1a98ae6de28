import { describeRuleModule } from '@zwgk/testing';
import { disclosureRequest } from '../src/index.js';
import { answerScenarios, deadlineScenarios, recordScenarios, serviceScenarios, thirdPartyScenarios } from './scenarios/single.js';

describeRuleModule(disclosureRequest, {
  readme: new URL('../README.md', import.meta.url).pathname,
  scenarios: [...deadlineScenarios, ...thirdPartyScenarios, ...answerScenarios, ...serviceScenarios, ...recordScenarios],
});
