/**
 * Why the sync server refused a connection or closed one, as the client receives it: the `reason`
 * of the provider's `onAuthenticationFailed` (refused at connect) or of its `onClose` event (closed
 * later). The extension maps these to messages; a refused client should not retry with the same
 * token (or, for the size limits, the same change) but tell the reader.
 */
export const REFUSAL = {
  /** No token was sent. */
  tokenMissing: 'token-missing',
  /** The token is malformed, forged (bad signature) or not one of ours. */
  tokenInvalid: 'token-invalid',
  /** The token's expiry has passed. */
  tokenExpired: 'token-expired',
  /** The user was revoked after this token was issued. */
  tokenRevoked: 'token-revoked',
  /** The document asked for is not `team/<the token's team>`. */
  wrongTeam: 'wrong-team',
  /** One message was larger than the server's per-update limit. */
  updateTooLarge: 'update-too-large',
  /** Applying the change would make the team document larger than the server's limit. */
  documentTooLarge: 'document-too-large',
} as const;

export type RefusalReason = (typeof REFUSAL)[keyof typeof REFUSAL];

/** True when a close or refusal reason is one of the server's own (possibly with detail after ":"). */
export function refusalOf(reason: string): RefusalReason | null {
  const head = reason.split(':')[0]!.trim();
  return (Object.values(REFUSAL) as string[]).includes(head) ? (head as RefusalReason) : null;
}
