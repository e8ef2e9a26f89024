// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CaseControls } from '../../../components/notes/CaseControls';
import { fromDateTimeLocal } from '../../../components/notes/datetime-local';
import type { Case } from '../../../lib/notes';
import { byTestId, renderRootLifecycle, tick, type } from './helpers';

// Found under load (tests/unit/notes-ui/case-notes.test.tsx, "already past gets no reminder"): the live query's echo of
// the first follow-up time came after the user had typed a second one, put the first back in the field, and the
// second one's `change` then saved nothing.
describe('the follow-up field keeps what the user typed when an older write echoes back', () => {
  const rootOf = renderRootLifecycle();
  const at = (local: string) => fromDateTimeLocal(local) ?? Number.NaN;
  const caseWith = (followUpAt?: number): Case => ({
    id: 'case-1',
    platform: 'amazon',
    title: 'case',
    status: 'open',
    createdAt: 0,
    updatedAt: 0,
    ...(followUpAt ? { followUpAt } : {}),
  });

  function show(current: Case | null, saves: Array<number | null>) {
    render(
      <CaseControls idPrefix="t" current={current} onStatus={() => undefined} onFollowUp={(v) => saves.push(v)} />,
      rootOf(),
    );
  }
  const field = () => byTestId<HTMLInputElement>(rootOf(), 'notes-followup')!;
  const commit = (value: string) => {
    type(field(), value);
    field().dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('a second time typed before the first is stored is neither overwritten nor lost', async () => {
    const saves: Array<number | null> = [];
    show(caseWith(), saves);
    commit('2020-01-02T10:30');
    await tick();
    type(field(), '2031-03-04T09:30');
    await tick();
    show(caseWith(at('2020-01-02T10:30')), saves); // the echo of the first write
    await tick();
    expect(field().value).toBe('2031-03-04T09:30');
    field().dispatchEvent(new Event('change', { bubbles: true }));
    expect(saves).toEqual([at('2020-01-02T10:30'), at('2031-03-04T09:30')]);
  });

  it('a second time saved before the first is stored stays when the first one echoes back late', async () => {
    const saves: Array<number | null> = [];
    show(caseWith(), saves);
    commit('2020-01-02T10:30');
    await tick();
    commit('2031-03-04T09:30');
    await tick();
    show(caseWith(at('2020-01-02T10:30')), saves); // the first write's echo, late
    await tick();
    expect(field().value).toBe('2031-03-04T09:30');
    show(caseWith(at('2031-03-04T09:30')), saves); // then the second's
    await tick();
    expect(field().value).toBe('2031-03-04T09:30');
    expect(saves).toEqual([at('2020-01-02T10:30'), at('2031-03-04T09:30')]);
  });

  it('still shows a value stored elsewhere (another panel, an undo) when the user typed nothing new', async () => {
    const saves: Array<number | null> = [];
    show(caseWith(at('2030-05-06T07:08')), saves);
    await tick();
    show(caseWith(at('2032-01-01T12:00')), saves);
    await tick();
    expect(field().value).toBe('2032-01-01T12:00');
    // Its own write echoed back, then cleared elsewhere: the field follows both.
    commit('2033-02-02T08:00');
    await tick();
    show(caseWith(at('2033-02-02T08:00')), saves);
    await tick();
    show(caseWith(), saves);
    await tick();
    expect(field().value).toBe('');
    expect(saves).toEqual([at('2033-02-02T08:00')]);
  });
});
