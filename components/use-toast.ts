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
      setToast({ id: Date.now(), message, action });
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
