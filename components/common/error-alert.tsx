/** A visible, announced error message: storage and messaging failures are shown, never swallowed. */

/** Props of {@link ErrorAlert}. */
export interface ErrorAlertProps {
  error: unknown;
  onDismiss?: () => void;
}

/** Turns anything thrown into a sentence a reader can act on. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'error' in error && typeof error.error === 'string') return error.error;
  return 'Something went wrong.';
}

/** Renders nothing when there is no error; otherwise a role=alert box with an optional dismiss button. */
export function ErrorAlert({ error, onDismiss }: ErrorAlertProps) {
  if (error === null || error === undefined) return null;
  return (
    <div role="alert" class="alert">
      <span>{errorMessage(error)}</span>
      {onDismiss && (
        <button type="button" class="link" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
