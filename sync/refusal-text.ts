/** The server's refusals (server/shared/refusals.ts) in words a reader can act on. */
import { refusalOf, type RefusalReason } from '@/server/shared/refusals';

const WORDS: Record<RefusalReason, string> = {
  'token-missing': 'The server needs a token. Paste the one your team admin gave you.',
  'token-invalid': 'The server does not accept this token (mistyped, or not made for this server). Ask your team admin for a new one.',
  'token-expired': 'This token has expired. Ask your team admin for a new one.',
  'token-revoked': 'This token was withdrawn by your team admin. Ask them for a new one.',
  'wrong-team': 'This token is for another team than the one asked for.',
  'update-too-large': 'A change was too large for the server to accept. Split it (for example, import a smaller file) and connect again.',
  'document-too-large': 'Your team’s shared notes have reached the server’s size limit. Ask your team admin.',
};

/** A sentence for a refusal reason as the server sends it (unknown reasons are shown as they are). */
export function describeRefusal(reason: string): string {
  const known = refusalOf(reason);
  return known ? WORDS[known] : `The server closed the connection: ${reason}`;
}
