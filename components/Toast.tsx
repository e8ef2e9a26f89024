import { useEffect, useRef } from 'preact/hooks';
import type { ToastState } from './use-toast';

export function Toast({
  toast,
  onClose,
  onHold,
}: {
  toast: ToastState | null;
  onClose: () => void;
  /** The pointer or focus came onto the toast (true) or left it (false). */
  onHold?: (held: boolean) => void;
}) {
  // Pointer and focus only pause the toast's timer; they make it no control (so listeners, not JSX handlers).
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || !onHold) return;
    const hold = () => onHold(true);
    const release = () => onHold(false);
    for (const type of ['mouseenter', 'focusin']) el.addEventListener(type, hold);
    for (const type of ['mouseleave', 'focusout']) el.addEventListener(type, release);
    return () => {
      for (const type of ['mouseenter', 'focusin']) el.removeEventListener(type, hold);
      for (const type of ['mouseleave', 'focusout']) el.removeEventListener(type, release);
    };
  }, [toast?.id, onHold]);
  return (
    <div class="toast-region" role="status" aria-live="polite" data-testid="toast">
      {toast && (
        <div class="toast" key={toast.id} ref={box}>
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              class="link-button"
              onClick={() => {
                toast.action?.run();
                onClose();
                // The button goes with the toast: the keyboard returns to where it was when the toast came up.
                if (toast.returnTo?.isConnected) toast.returnTo.focus();
              }}
            >
              {toast.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
