// Guard rail: every audit action and entity the server records has words in both languages
// (packages/shared/src/audit/labels.ts), so the audit page and its export never show a bare code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '@cz/shared';
import { CASE_ACTIONS, PRODUCT_ACTIONS } from '@cz/shared/finance';
import { ACHIEVEMENT_TRANSITIONS } from '@cz/shared/market';
import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../src/modules/order/order.machine.ts';

const SRC = path.resolve(import.meta.dirname, '../src');
const code = readdirSync(SRC, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name))
  .map((e) => ({
    file: path.relative(SRC, path.join(e.parentPath, e.name)),
    text: readFileSync(path.join(e.parentPath, e.name), 'utf8'),
  }));

/** The booking module audits through a helper: `audit(tx, actor, 'cancel', …)` records `booking.cancel`. */
const bookingSteps = [
  ...new Set(
    code
      .filter((f) => f.file.startsWith('modules/booking/'))
      .flatMap((f) => [...f.text.matchAll(/\baudit\(tx, [^,]+, '([a-z_]+)'/g)].map((m) => m[1] as string)),
  ),
];

/**
 * Actions written with a template: what each one expands to. A new template fails the test until it is added here
 * with its values, and so do its codes until they have labels.
 */
const TEMPLATES: Record<string, readonly string[]> = {
  'service.provider_${body.action}': ['service.provider_suspend', 'service.provider_reinstate'],
  'service.${body.action}': ['service.suspend', 'service.reinstate'],
  'settlement.${d.decision}': ['settlement.approve', 'settlement.return'],
  'voucher.scheme.${status}': ['voucher.scheme.open', 'voucher.scheme.closed'],
  'voucher.reimbursement.${d.decision}': [
    'voucher.reimbursement.approve',
    'voucher.reimbursement.reject',
    'voucher.reimbursement.paid',
  ],
  'org.${decision.decision}': ['org.verify', 'org.reject'],
  'booking.${action}': bookingSteps.map((s) => `booking.${s}`),
  'order.${action}': Object.keys(TRANSITIONS).map((a) => `order.${a}`),
  'market.${kind}.${action}': ['achievement', 'need'].flatMap((k) =>
    Object.keys(ACHIEVEMENT_TRANSITIONS).map((a) => `market.${k}.${a}`),
  ),
  'market.${kind}.update': ['market.achievement.update', 'market.need.update'],
  'ip.case.${m.to}': ['accepted', 'declined', 'handling', 'mediation', 'transferred', 'closed'].map(
    (s) => `ip.case.${s}`,
  ),
  'finance.case.${body.action}': CASE_ACTIONS.map((a) => `finance.case.${a}`),
  'finance.pool_claim.${body.action}': ['review', 'approve', 'reject', 'pay'].map((a) => `finance.pool_claim.${a}`),
  'finance.pledge.${body.action}': ['approve', 'contract', 'register', 'release'].map((a) => `finance.pledge.${a}`),
  'finance.event.${status}': ['finance.event.held', 'finance.event.cancelled'],
  'finance.meeting.${body.action}': ['held', 'no_show', 'follow_up'].map((a) => `finance.meeting.${a}`),
  'finance.need.${how}': ['finance.need.withdraw', 'finance.need.close'],
  'finance.product.${action}': PRODUCT_ACTIONS.map((a) => `finance.product.${a}`),
  'market.registration.${d.decision}': [
    'market.registration.register',
    'market.registration.refuse',
    'market.registration.return',
  ],
};

/** Every `action:` of an audit entry: its quoted codes, and its templates expanded. */
function recordedActions() {
  const codes = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const { file, text } of code) {
    for (const m of text.matchAll(/\baction: ([^,\n]+)/g)) {
      const expr = m[1] as string;
      for (const q of expr.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)) codes.add(q[1] as string);
      for (const tpl of expr.matchAll(/`([^`]+)`/g)) {
        const values = TEMPLATES[tpl[1] as string];
        if (values) for (const v of values) codes.add(v);
        else unknownTemplates.push(`${file}: \`${tpl[1]}\``);
      }
    }
  }
  return { codes: [...codes].sort(), unknownTemplates };
}

describe('the audit log in words', () => {
  const { codes, unknownTemplates } = recordedActions();

  it('finds the actions the server records (the scan works)', () => {
    expect(codes).toEqual(expect.arrayContaining(['order.accept', 'booking.cancel', 'org.verify', 'user.register']));
    expect(bookingSteps.length).toBeGreaterThan(3);
    expect(unknownTemplates).toEqual([]);
  });

  it('has a Chinese and an English label for every recorded action', () => {
    const missing = codes.filter((c) => !AUDIT_ACTION_LABELS[c]?.zh || !AUDIT_ACTION_LABELS[c]?.en);
    expect(missing).toEqual([]);
  });

  it('has a Chinese and an English label for every recorded entity', () => {
    const entities = new Set(code.flatMap(({ text }) => [...text.matchAll(/\bentity: '([a-z_]+)'/g)].map((m) => m[1])));
    expect(entities.size).toBeGreaterThan(10);
    const missing = [...entities].filter(
      (e) => !AUDIT_ENTITY_LABELS[e as string]?.zh || !AUDIT_ENTITY_LABELS[e as string]?.en,
    );
    expect(missing).toEqual([]);
  });

  it('labels no action that is never recorded (the list only holds codes in use)', () => {
    expect(Object.keys(AUDIT_ACTION_LABELS).filter((c) => !codes.includes(c))).toEqual([]);
  });
});
