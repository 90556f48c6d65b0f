/**
 * Team tokens: HS256 JWTs signed with the data folder's secret (see secret.ts), made with `jose`.
 * Claims: `sub` (user id), `team`, `role` ('member' writes, 'reader' only reads), `iat`, `exp`.
 */
import { SignJWT, jwtVerify, errors } from 'jose';
import { REFUSAL, type RefusalReason } from '../shared/refusals';
import { TEAM_ID_PATTERN } from '../shared/team-document';

export const TOKEN_ISSUER = 'council-lens-sync';
export const TOKEN_AUDIENCE = 'council-lens';
export const ROLES = ['member', 'reader'] as const;
export type Role = (typeof ROLES)[number];

/** What a valid token says. */
export interface TokenClaims {
  user: string;
  team: string;
  role: Role;
  /** Unix seconds. */
  issuedAt: number;
  expiresAt: number;
}

/** User ids: e-mail-like or plain names, no spaces or control characters. */
export const USER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}$/;

/** Signs a token. `nowMs` is a parameter so tests can make expired tokens. */
export async function issueToken(secret: Uint8Array, input: { team: string; user: string; role: Role; days: number; nowMs?: number }): Promise<string> {
  if (!TEAM_ID_PATTERN.test(input.team)) throw new Error(`Not a valid team id: ${input.team}`);
  if (!USER_ID_PATTERN.test(input.user)) throw new Error(`Not a valid user id: ${input.user}`);
  if (!ROLES.includes(input.role)) throw new Error(`Role must be one of ${ROLES.join(', ')}`);
  if (!(input.days > 0 && input.days <= 3650)) throw new Error('Days must be between 0 and 3650');
  const now = Math.floor((input.nowMs ?? Date.now()) / 1000);
  return new SignJWT({ team: input.team, role: input.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setSubject(input.user)
    .setIssuedAt(now)
    .setExpirationTime(now + Math.round(input.days * 86400))
    .sign(secret);
}

/** A refused token, with the reason the client will see. */
export class TokenError extends Error {
  constructor(readonly reason: RefusalReason) {
    super(reason);
  }
}

/** Verifies signature, issuer, audience, expiry and claim shapes. Throws `TokenError`. */
export async function verifyToken(secret: Uint8Array, token: string, nowMs = Date.now()): Promise<TokenClaims> {
  if (!token) throw new TokenError(REFUSAL.tokenMissing);
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      currentDate: new Date(nowMs),
      requiredClaims: ['sub', 'iat', 'exp', 'team', 'role'],
    });
    const { sub, team, role, iat, exp } = payload;
    if (typeof sub !== 'string' || !USER_ID_PATTERN.test(sub)) throw new TokenError(REFUSAL.tokenInvalid);
    if (typeof team !== 'string' || !TEAM_ID_PATTERN.test(team)) throw new TokenError(REFUSAL.tokenInvalid);
    if (!ROLES.includes(role as Role)) throw new TokenError(REFUSAL.tokenInvalid);
    return { user: sub, team, role: role as Role, issuedAt: iat!, expiresAt: exp! };
  } catch (e) {
    if (e instanceof TokenError) throw e;
    if (e instanceof errors.JWTExpired) throw new TokenError(REFUSAL.tokenExpired);
    throw new TokenError(REFUSAL.tokenInvalid);
  }
}
