import { ADMIN_ROLES } from '@cz/shared';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { ADMINISTRATION, authorize, can, definePermissions } from './policy.ts';

const actor = (role: Actor['role'], department: string | null = null): Actor => ({
  userId: 1,
  role,
  orgId: role === 'enterprise' ? 7 : null,
  department,
  ip: null,
  requestId: null,
});

definePermissions({
  'test.approve': { roles: ADMIN_ROLES, departments: ['科技创新部'] },
  'test.read': ADMINISTRATION,
  'test.apply': { roles: ['enterprise'] },
});

describe('who may take an action', () => {
  it('lets a zone-wide administrator (no department) and a superadmin take every administrative action', () => {
    expect(can(actor('admin'), 'test.approve')).toBe(true);
    expect(can(actor('superadmin', '管委会'), 'test.approve', { department: '财政金融部' })).toBe(true);
  });

  it('narrows a department administrator to its departments and to records of its own department', () => {
    expect(can(actor('admin', '科技创新部'), 'test.approve')).toBe(true);
    expect(can(actor('admin', '科技创新部'), 'test.approve', { department: '科技创新部' })).toBe(true);
    expect(can(actor('admin', '科技创新部'), 'test.approve', { department: '财政金融部' })).toBe(false);
    expect(can(actor('admin', '财政金融部'), 'test.approve')).toBe(false);
    expect(can(actor('admin', '财政金融部'), 'test.read')).toBe(true);
    expect(can(actor('admin', '财政金融部'), 'test.read', { department: '科技创新部' })).toBe(false);
  });

  it('refuses other roles and anonymous callers, with 403 and 401', () => {
    expect(can(actor('enterprise'), 'test.read')).toBe(false);
    expect(can(actor('enterprise'), 'test.apply')).toBe(true);
    expect(can(null, 'test.read')).toBe(false);
    expect(() => authorize(actor('provider'), 'test.read')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => authorize(null, 'test.read')).toThrow(expect.objectContaining({ status: 401 }));
    expect(authorize(actor('admin'), 'test.read').role).toBe('admin');
  });

  it('refuses an action nobody declared, and a second declaration with other rules', () => {
    expect(() => can(actor('admin'), 'test.undeclared')).toThrow(/no permission declared/);
    expect(() => definePermissions({ 'test.read': { roles: ['expert'] } })).toThrow(/declared twice/);
    expect(() => definePermissions({ 'test.read': ADMINISTRATION })).not.toThrow();
  });
});
