import type { Role } from '@cz/shared';

/** Who is acting: the logged-in user with role and organisation, plus request facts for the audit log. */
export type Actor = {
  userId: number;
  role: Role;
  orgId: number | null;
  /** An administrator's department (科技创新部…); none means zone-wide. */
  department?: string | null;
  ip: string | null;
  requestId: string | null;
};

export const isAdmin = (actor: Actor | null): boolean => actor?.role === 'admin' || actor?.role === 'superadmin';
