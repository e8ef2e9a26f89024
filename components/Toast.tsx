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
  return (
    <div class="toast-region" role="status" aria-live="polite" data-testid="toast">
      {toast && (
        <div
          class="toast"
          key={toast.id}
          onMouseEnter={() => onHold?.(true)}
          onMouseLeave={() => onHold?.(false)}
          onFocusIn={() => onHold?.(true)}
          onFocusOut={() => onHold?.(false)}
        >
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              class="link-button"
              onClick={() => {
                toast.action?.run();
                onClose();
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
