// What the scenario format cannot express: an `open` that is rejected (runScenario looks the
// rejected case up by its alias and fails), the input's cross-field rule, and the pure helpers.

import { china } from '@zwgk/calendar';
import { createEngine, SimulatedClock, ZwgkError } from '@zwgk/core';
import { confidentialityReview } from '@zwgk/rule-confidentiality-review';
import { releaseCoordination } from '@zwgk/rule-release-coordination';
import { describe, expect, it } from 'vitest';
import { channelsSuffice, describeBasis, proactiveDisclosure, proactiveDisclosureInput } from '../src/index.js';
import { item, M, publisher } from './fixtures.js';

function engine() {
  return createEngine({
    modules: [proactiveDisclosure, confidentialityReview, releaseCoordination],
    calendar: china,
    clock: new SimulatedClock('2021-03-01T09:00:00+08:00'),
  });
}

async function openError(input: unknown, actor: { id: string; role: string } = publisher): Promise<ZwgkError> {
  const error = await engine()
    .open(M, { input, actor })
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(ZwgkError);
  return error as ZwgkError;
}

describe('opening a case of proactive disclosure', () => {
  it('opens for a county item of 第四条', async () => {
    const opened = await engine().open(M, { input: item(), actor: publisher });
    expect(opened.status).toBe('open');
  });

  it('rejects a role the module does not have', async () => {
    expect((await openError(item(), { id: 'someone', role: 'applicant' })).code).toBe('ROLE_NOT_ALLOWED');
  });

  it('rejects a 第五条 (township) item published by a county department, naming the field', async () => {
    const error = await openError(
      item({ basis: { article: '第五条', item: 'reliefDistribution' }, publisher: { name: '西吉县民政局', level: 'countyDepartment' } }),
    );
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.message).toContain('basis.article');
  });

  it('rejects a 第四条 item published by a township', async () => {
    const error = await openError(item({ publisher: { name: '西吉县兴隆镇人民政府', level: 'township' } }));
    expect(error.code).toBe('INVALID_PAYLOAD');
  });

  it('rejects an item without the change that opens the case (形成或者变更)', async () => {
    const { change: _change, ...rest } = item();
    expect((await openError(rest)).code).toBe('INVALID_PAYLOAD');
  });

  it('accepts a public institution under the criteria of 第三条 (第十三条)', () => {
    const parsed = proactiveDisclosureInput.safeParse(
      item({
        basis: { article: '第三条', criterion: 'affectsVitalInterests' },
        publisher: { name: '西吉县自来水公司', level: 'publicInstitution' },
      }),
    );
    expect(parsed.success).toBe(true);
  });
});

describe('channelsSuffice (第十一条)', () => {
  it('needs the portal for everyone', () => {
    expect(channelsSuffice(['noticeBoard', 'newspaper'], 'countyGovernment')).toBe(false);
    expect(channelsSuffice(['portal'], 'countyGovernment')).toBe(true);
    expect(channelsSuffice(['portal'], 'township')).toBe(true);
  });

  it('needs an offline medium besides the portal for a county department (第二款)', () => {
    expect(channelsSuffice(['portal'], 'countyDepartment')).toBe(false);
    expect(channelsSuffice(['portal', 'serviceHallReadingRoom'], 'countyDepartment')).toBe(false);
    expect(channelsSuffice(['portal', 'television'], 'countyDepartment')).toBe(true);
  });

  it('does not change the channels it is given', () => {
    const channels = Object.freeze(['portal', 'radio'] as const);
    channelsSuffice(channels, 'countyDepartment');
    expect(channels).toEqual(['portal', 'radio']);
  });
});

describe('describeBasis', () => {
  it('names the article and its item or criterion', () => {
    expect(describeBasis({ article: '第四条', item: 'statistics' })).toBe('第四条 statistics');
    expect(describeBasis({ article: '第三条', criterion: 'requiredByLaw' })).toBe('第三条 requiredByLaw');
  });
});
