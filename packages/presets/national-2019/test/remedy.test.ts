// Runs the table of remedy-scenarios.ts: events and times in, states, deadlines, notices and breaches out.
import { nationalRemedy } from '@zwgk/rule-national-remedy';
import { runScenario } from '@zwgk/testing';
import { describe, it } from 'vitest';
import { remedyScenarios } from './remedy-scenarios.js';

describe('national-remedy: the agency’s answer periods and the review body’s decision period', () => {
  for (const row of remedyScenarios) {
    it(row.name, async () => {
      await runScenario({ ...row, modules: [nationalRemedy] });
    });
  }
});
