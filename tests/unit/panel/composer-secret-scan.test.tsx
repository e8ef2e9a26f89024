// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { TemplateComposer } from '../../../components/TemplateComposer';
import { amazonOrder, byTestId, renderRootLifecycle, tick, waitFor } from '../notes-ui/helpers';

// The message's secret scan ran on every render, not on each change of the text: the order's identifiers were a new
// array each time, and the memo saw a new dependency (the review of 2026-11-30).
const scans = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/privacy', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/privacy')>();
  return {
    ...actual,
    findSecrets: (...args: Parameters<typeof actual.findSecrets>) => {
      scans.count++;
      return actual.findSecrets(...args);
    },
  };
});

describe('the composer scans the message for secrets when the text changes, not on every render', () => {
  const rootOf = renderRootLifecycle();

  it('a re-render with the same order and text scans nothing again', async () => {
    const ctx = amazonOrder();
    const show = (history: []) =>
      render(
        <TemplateComposer ctx={ctx} problem="not-received" lang="en" copyRaw={false} history={history} />,
        rootOf(),
      );
    show([]);
    await waitFor(() => byTestId<HTMLTextAreaElement>(rootOf(), 'message')?.value);
    await tick(50);
    const before = scans.count;
    // The parent re-renders (a toast, a case-notes update): new props objects, the same order and message.
    for (let i = 0; i < 5; i++) {
      show([]);
      await tick();
    }
    expect(scans.count).toBe(before);
  });
});
