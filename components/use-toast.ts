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

export function useToastState(): [ToastState | null, ShowToast, () => void] {
  const [toast, setToast] = useState<ToastState | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const hide = useCallback(() => setToast(null), []);
  const show = useCallback<ShowToast>((message, action) => {
    window.clearTimeout(timer.current);
    setToast({ id: Date.now(), message, action });
    // Longer when there is an undo button to reach.
    timer.current = window.setTimeout(() => setToast(null), action ? 8000 : 2500);
  }, []);
  return [toast, show, hide];
}
