// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toast } from '../../../components/Toast';
import { type ShowToast, useToastState } from '../../../components/use-toast';

/** The panel's toast: an Undo the user is on (pointer or keyboard focus) stays until they leave it. */
describe('Toast', () => {
  let show: ShowToast = () => {};
  function Harness() {
    const [toast, showToast, hide, hold] = useToastState();
    show = showToast;
    return <Toast toast={toast} onClose={hide} onHold={hold} />;
  }
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays while focused or hovered, and goes a while after', async () => {
    vi.useFakeTimers();
    const root = document.createElement('div');
    document.body.append(root);
    render(<Harness />, root);
    show('Contact deleted', { label: 'Undo', run: () => {} });
    // Preact runs effects after the next frame (or 100 ms without one): the toast's listeners are on by then.
    await vi.advanceTimersByTimeAsync(200);
    const box = root.querySelector('.toast') as HTMLElement;
    box.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(root.textContent).toContain('Undo');
    box.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(3_000);
    expect(root.textContent).toContain('Undo');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(root.textContent).not.toContain('Undo');
    render(null, root);
    root.remove();
  });
});
