export interface ToastProps {
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; onClick(): void };
  onDismiss(): void;
}

/** A message at the bottom of the page: errors are announced to screen readers at once. */
export function Toast({ message, tone, action, onDismiss }: ToastProps) {
  return (
    <div class={`toast toast-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span>{message}</span>
      {action && (
        <button type="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
