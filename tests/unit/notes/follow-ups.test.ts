import { describe, expect, it } from 'vitest';
import { type Case, caseIdFromAlarm, reminderAlarms } from '../../../lib/notes';
import { makeStore } from './helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('follow-ups', () => {
  it('lists due and scheduled follow-ups of active cases, soonest first', async () => {
    const { store, clock } = makeStore();
    const now = clock.now;
    const due2 = await store.createCase({ platform: 'other', title: 'due 2', followUpAt: now - HOUR });
    const due1 = await store.createCase({ platform: 'other', title: 'due 1', followUpAt: now - DAY });
    const future = await store.createCase({ platform: 'other', title: 'future', followUpAt: now + DAY });
    await store.createCase({ platform: 'other', title: 'resolved', status: 'resolved', followUpAt: now - DAY });
    await store.createCase({ platform: 'other', title: 'no follow-up' });
    expect((await store.dueFollowUps(now)).map((c) => c.id)).toEqual([due1.id, due2.id]);
    expect((await store.allScheduledFollowUps()).map((c) => c.id)).toEqual([due1.id, due2.id, future.id]);
  });

  it('builds alarms for future follow-ups only and parses alarm names back', () => {
    const now = Date.UTC(2024, 0, 1);
    const c = (id: string, followUpAt: number | undefined, status: Case['status'] = 'open'): Case => ({
      id,
      platform: 'other',
      title: id,
      status,
      createdAt: 0,
      updatedAt: 0,
      ...(followUpAt === undefined ? {} : { followUpAt }),
    });
    const alarms = reminderAlarms(
      [
        c('b', now + 2 * DAY),
        c('a', now + DAY),
        c('past', now - 1),
        c('none', undefined),
        c('closed', now + DAY, 'closed'),
      ],
      now,
    );
    expect(alarms).toEqual([
      { name: 'followup:a', when: now + DAY },
      { name: 'followup:b', when: now + 2 * DAY },
    ]);
    expect(caseIdFromAlarm('followup:a')).toBe('a');
    expect(caseIdFromAlarm('followup:')).toBeNull();
    expect(caseIdFromAlarm('other:a')).toBeNull();
  });
});

describe('escalationSuggestion', () => {
  it('suggests escalating after too many contacts, with the history an escalation letter needs', async () => {
    const { store, clock } = makeStore();
    const c = await store.createCase({ platform: 'amazon', marketplace: 'amazon.com', orderId: '1', title: 'late' });
    await store.addEntry({
      caseId: c.id,
      channel: 'chat',
      agent: 'Ann',
      promised: 'ships tomorrow',
      reference: 'R1',
      at: clock.now,
    });
    await store.addEntry({ caseId: c.id, channel: 'phone', at: clock.now + HOUR });
    expect(await store.escalationSuggestion(c.id, clock.now + DAY)).toBeNull();
    await store.addEntry({ caseId: c.id, channel: 'email', agent: 'Bo', at: clock.now + 2 * HOUR });

    const s = await store.escalationSuggestion(c.id, clock.now + DAY);
    expect(s?.reason).toBe('many-contacts');
    expect(s?.history).toEqual([
      {
        date: new Date(clock.now).toISOString(),
        at: clock.now,
        channel: 'chat',
        agent: 'Ann',
        promise: 'ships tomorrow',
        reference: 'R1',
      },
      { date: new Date(clock.now + HOUR).toISOString(), at: clock.now + HOUR, channel: 'phone' },
      { date: new Date(clock.now + 2 * HOUR).toISOString(), at: clock.now + 2 * HOUR, channel: 'email', agent: 'Bo' },
    ]);
    expect(await store.escalationSuggestion(c.id, clock.now, { maxUnresolvedContacts: 4 })).toBeNull();

    await store.updateCase(c.id, { status: 'resolved' });
    expect(await store.escalationSuggestion(c.id, clock.now + DAY)).toBeNull();
  });

  it('suggests escalating when the follow-up time passed after a contact', async () => {
    const { store, clock } = makeStore();
    const c = await store.createCase({
      platform: 'other',
      title: 'refund',
      status: 'waiting',
      followUpAt: clock.now + DAY,
    });
    expect(await store.escalationSuggestion(c.id, clock.now + 2 * DAY)).toBeNull(); // no contact yet
    await store.addEntry({ caseId: c.id, channel: 'chat', promised: '3天内退款' });
    expect(await store.escalationSuggestion(c.id, clock.now + HOUR)).toBeNull(); // not yet due
    const s = await store.escalationSuggestion(c.id, clock.now + 2 * DAY);
    expect(s).toMatchObject({ reason: 'overdue', history: [{ channel: 'chat', promise: '3天内退款' }] });
    expect(await store.escalationSuggestion('missing', clock.now)).toBeNull();
  });
});
