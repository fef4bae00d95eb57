import { ADMIN_ROLES, type Role } from '@cz/shared';
import type { Actor } from './actor.ts';
import { commonErrors } from './errors.ts';

/**
 * Who may take an action, declared by the module that owns it (`voucher.approve`, `org.verify`). Roles name the
 * kinds of user; `departments` narrows an administrator's actions to the departments of the administration that do
 * them (科技创新部, 财政金融部…). An administrator without a department and a superadmin act zone-wide.
 */
export type Permission = { roles: readonly Role[]; departments?: readonly string[] };

const permissions = new Map<string, Permission>();

/** Declares the permissions of a module's actions; declaring one action twice is a wiring mistake. */
export function definePermissions(entries: Record<string, Permission>): void {
  for (const [action, permission] of Object.entries(entries)) {
    const known = permissions.get(action);
    if (known && JSON.stringify(known) !== JSON.stringify(permission))
      throw new Error(`permission ${action} is declared twice with different rules`);
    permissions.set(action, permission);
  }
}

/** Actions only the administration takes; the common case of a module's admin steps. */
export const ADMINISTRATION: Permission = { roles: ADMIN_ROLES };

/**
 * Whether the actor may take the action. `resource.department` is the department the record belongs to (a scheme's
 * managing department, say): a department-scoped administrator acts only on its own department's records.
 */
export function can(actor: Actor | null, action: string, resource: { department?: string | null } = {}): boolean {
  if (!actor) return false;
  const permission = permissions.get(action);
  if (!permission) throw new Error(`no permission declared for ${action}`);
  if (!permission.roles.includes(actor.role)) return false;
  if (actor.role === 'superadmin' || !actor.department) return true;
  if (permission.departments && !permission.departments.includes(actor.department)) return false;
  if (resource.department && resource.department !== actor.department) return false;
  return true;
}

/** `can`, or the error that says why not: 401 for anonymous callers, 403 otherwise. */
export function authorize(actor: Actor | null, action: string, resource?: { department?: string | null }): Actor {
  if (!actor) throw commonErrors.unauthenticated();
  if (!can(actor, action, resource)) throw commonErrors.forbidden();
  return actor;
}
