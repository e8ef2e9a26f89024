import type { ToastState } from './use-toast';

export function Toast({ toast, onClose }: { toast: ToastState | null; onClose: () => void }) {
  return (
    <div class="toast-region" role="status" aria-live="polite" data-testid="toast">
      {toast && (
        <div class="toast" key={toast.id}>
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
