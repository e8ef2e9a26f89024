// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toDateTimeLocal } from '../../../components/notes/datetime-local';
import type { EntryFormValues } from '../../../components/notes/EntryForm';
import { EntryForm } from '../../../components/notes/EntryForm';
import { byTestId, panelTestLifecycle, submit, tick, type, waitFor } from './helpers';

/**
 * The panel stays open through a whole chat. A new contact's time was "now" as the panel opened: logged at the end of
 * the chat, it was dated minutes earlier, and a phone call logged after the chat was listed before it.
 */
describe("a new contact's time", () => {
  const ui = panelTestLifecycle();
  afterEach(() => {
    vi.useRealTimers();
  });
  const T0 = new Date(2026, 11, 2, 9, 0, 0).getTime();
  const field = (root: HTMLElement, name: string) => byTestId<HTMLInputElement>(root, `notes-field-${name}`)!;
  /** The form's effect has started its clock (effects run after paint: late on a loaded machine). */
  const clockStarted = () => waitFor(() => vi.getTimerCount() > 0);

  it('follows the clock while the user leaves it alone, and is the time of the save', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: T0 });
    const saved: EntryFormValues[] = [];
    const { root } = ui.mount(<EntryForm lang="en" onSubmit={async (v) => void saved.push(v)} />);
    await clockStarted();
    expect(field(root, 'at').value).toBe(toDateTimeLocal(T0));
    type(field(root, 'asked'), 'Where is my parcel?');
    vi.advanceTimersByTime(12 * 60_000 + 5_000);
    await tick();
    expect(field(root, 'at').value).toBe(toDateTimeLocal(T0 + 12 * 60_000));
    submit(root.querySelector('form'));
    await waitFor(() => saved.length === 1);
    expect(saved[0]?.at).toBe(T0 + 12 * 60_000 + 5_000);
  });

  it('stays as the user set it', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: T0 });
    const saved: EntryFormValues[] = [];
    const { root } = ui.mount(<EntryForm lang="en" onSubmit={async (v) => void saved.push(v)} />);
    await clockStarted();
    type(field(root, 'at'), '2026-12-02T08:30');
    type(field(root, 'asked'), 'Where is my parcel?');
    await tick();
    vi.advanceTimersByTime(12 * 60_000);
    await tick();
    expect(field(root, 'at').value).toBe('2026-12-02T08:30');
    submit(root.querySelector('form'));
    await waitFor(() => saved.length === 1);
    expect(saved[0]?.at).toBe(new Date(2026, 11, 2, 8, 30).getTime());
  });

  it('is not moved while the user is in the field (a part typed there is not yet the value)', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: T0 });
    const { root } = ui.mount(<EntryForm lang="en" onSubmit={async () => {}} />);
    await clockStarted();
    field(root, 'at').focus();
    vi.advanceTimersByTime(5 * 60_000);
    await tick();
    expect(field(root, 'at').value).toBe(toDateTimeLocal(T0));
    field(root, 'at').blur();
    vi.advanceTimersByTime(10_000);
    await tick();
    expect(field(root, 'at').value).toBe(toDateTimeLocal(T0 + 5 * 60_000 + 10_000));
  });
});
