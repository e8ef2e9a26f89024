// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notesStore } from '../../../components/notes-store';
import { Workbench } from '../../../components/Workbench';
import { amazonOrder, byTestId, click, panelTestLifecycle, waitFor } from '../notes-ui/helpers';

// Found in the user-journey review in Chromium: after three contacts the case notes offer "Write an escalation
// request"; clicking it switched the message to the escalation letter some 960 px above the view, and the keyboard
// stayed on the button: nothing seemed to happen.

describe('"Write an escalation request" brings the message into view', () => {
  const { mount } = panelTestLifecycle();
  afterEach(() => vi.restoreAllMocks());

  it('switches to the escalation letter, scrolls the composer into view and puts the keyboard on it', async () => {
    const ctx = amazonOrder('111-0000000-0000071');
    const store = notesStore();
    const c = await store.getOrCreateCaseForOrder(ctx.order, 'amazon', 'amazon.com');
    for (const agent of ['Wang', 'Li', 'Zhao']) await store.addEntry({ caseId: c.id, channel: 'chat', agent });
    const scrolls: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolls.push(this);
    });
    // The composer far above the view, as the escalation notice is far below it.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(
      () => ({ top: -960, bottom: -700, left: 0, right: 300, width: 300, height: 260 }) as DOMRect,
    );

    const { root } = mount(<Workbench selected={ctx} onSelect={() => {}} lang="en" />);
    const button = await waitFor(() => byTestId<HTMLButtonElement>(root, 'notes-escalate-button'));
    // Opening the order moves nothing.
    expect(scrolls).toEqual([]);
    button.focus();
    click(button);

    const composer = byTestId(root, 'composer')!;
    await waitFor(() => document.activeElement === composer);
    expect(scrolls).toEqual([composer]);
    expect(byTestId<HTMLSelectElement>(root, 'problem-picker')?.value).toBe('escalation');
    expect(composer.getAttribute('tabindex')).toBe('-1');
    expect(composer.getAttribute('aria-label')).toBe('Message to customer service');

    // Asked again (the letter already shown): brought into view again.
    button.focus();
    click(button);
    await waitFor(() => scrolls.length === 2 && document.activeElement === composer);
  });
});
