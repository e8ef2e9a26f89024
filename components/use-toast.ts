import { createContext } from 'preact';
import { useCallback, useContext, useRef, useState } from 'preact/hooks';

export type ShowToast = (message: string, action?: { label: string; run: () => void }) => void;

export const ToastContext = createContext<ShowToast>(() => {});

/** Every component confirms actions (copied, saved, deleted) through the one toast at the bottom of the panel. */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}

export interface ToastState {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
  /**
   * Where the keyboard was when the toast came up: pressing its action (Undo, Log it) removes the button under the
   * focus, which then goes back there instead of falling to the page's body.
   */
  returnTo?: HTMLElement;
}

/**
 * Where a new toast sends the keyboard back to: the focused element, or, when the keyboard is on the toast being
 * replaced, that toast's own way back. Nothing when focus is nowhere (the body).
 */
function returnTarget(active: Element | null | undefined, previous: ToastState | null): HTMLElement | undefined {
  if (!(active instanceof HTMLElement) || active === active.ownerDocument.body) return undefined;
  return active.closest('.toast-region') ? previous?.returnTo : active;
}

/**
 * The toast, its `show`, `hide`, and `hold`: while the pointer or the keyboard focus is on the toast it stays (an
 * Undo reached with Tab must not vanish under the user), and it goes a while after they leave.
 */
export function useToastState(): [ToastState | null, ShowToast, () => void, (held: boolean) => void] {
  const [toast, setToast] = useState<ToastState | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const withAction = useRef(false);
  const hide = useCallback(() => setToast(null), []);
  const expireIn = useCallback((ms: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setToast(null), ms);
  }, []);
  const show = useCallback<ShowToast>(
    (message, action) => {
      // Read now: the updater below may run later, when the keyboard has moved on.
      const active = globalThis.document?.activeElement;
      setToast((prev) => ({
        id: Date.now(),
        message,
        action,
        returnTo: returnTarget(active, prev),
      }));
      withAction.current = action !== undefined;
      // Longer when there is an undo button to reach.
      expireIn(action ? 8000 : 2500);
    },
    [expireIn],
  );
  const hold = useCallback(
    (held: boolean) => {
      if (held) window.clearTimeout(timer.current);
      else expireIn(withAction.current ? 4000 : 2500);
    },
    [expireIn],
  );
  return [toast, show, hide, hold];
}
