/**
 * 结业证书: whether a participant of a course gets its certificate. The course's rule asks for a share of its sessions
 * attended (default 80 %) and, optionally, named modules: by default every session of a required module, or with
 * `any_session` at least one of each. Only sessions held count: a cancelled session is in neither the attended nor the
 * held number. A check-in recorded twice (the QR code scanned again) counts once; a check-in for a session not of this
 * course does not count. A required module none of whose sessions were held cannot be met: a certificate says the
 * module was taught.
 *
 * The share is compared exactly, in integers: attended × 10 000 ≥ percentage × 100 × held, so 79.9 % is refused at
 * 80 %. A rule of "two thirds" is 66.66 (66.67 % is more than 2 of 3 sessions).
 */
import { z } from 'zod';
import type { Words } from '../rules/rule-pack.ts';

export const certificateRuleSchema = z.object({
  /** Percentage of the held sessions, at most two decimals. */
  minAttendancePct: z
    .number()
    .min(0)
    .max(100)
    .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-6, 'program.percentage_decimals'),
  requiredModules: z.array(z.string().trim().min(1).max(60)).max(50),
  moduleRule: z.enum(['all_sessions', 'any_session']),
});
export type CertificateRule = z.infer<typeof certificateRuleSchema>;

export const DEFAULT_CERTIFICATE_RULE: CertificateRule = {
  minAttendancePct: 80,
  requiredModules: [],
  moduleRule: 'all_sessions',
};

export type CourseSession = { id: number; module: string | null; cancelled?: boolean };
export type CertificateCourse = { sessions: readonly CourseSession[]; rule: CertificateRule };
/** One participant's check-ins. */
export type Attendance = { sessionId: number };

export type CertificateCheck =
  | { code: 'attendance'; met: boolean; attended: number; held: number; needed: number }
  | { code: 'module'; met: boolean; module: string; attended: number; held: number; needed: number };

export type CertificateDecision = {
  issued: boolean;
  /** Sessions attended and held, and the attendance as a percentage for display (1 decimal, rounded down). */
  attended: number;
  held: number;
  sharePctText: string;
  checks: CertificateCheck[];
  lines: Words[];
};

export function certificateDecision(
  course: CertificateCourse,
  attendances: readonly Attendance[],
): CertificateDecision {
  const { rule } = course;
  const pctHundredths = Math.round(rule.minAttendancePct * 100);
  const held = course.sessions.filter((s) => !s.cancelled);
  const heldIds = new Set(held.map((s) => s.id));
  const present = new Set(attendances.map((a) => a.sessionId).filter((id) => heldIds.has(id)));
  const attended = present.size;
  // The fewest sessions that meet the share: ⌈pct × held / 100⌉, in integers.
  const needed = Math.floor((pctHundredths * held.length + 9_999) / 10_000);
  const checks: CertificateCheck[] = [
    {
      code: 'attendance',
      met: held.length > 0 && attended * 10_000 >= pctHundredths * held.length,
      attended,
      held: held.length,
      needed,
    },
  ];
  for (const module of new Set(rule.requiredModules)) {
    const ofModule = held.filter((s) => s.module === module);
    const got = ofModule.filter((s) => present.has(s.id)).length;
    const need = ofModule.length === 0 ? 1 : rule.moduleRule === 'all_sessions' ? ofModule.length : 1;
    checks.push({
      code: 'module',
      met: got >= need && ofModule.length > 0,
      module,
      attended: got,
      held: ofModule.length,
      needed: need,
    });
  }

  // Rounded down, so that a refused 79.96 % never reads "80.0%" beside its refusal.
  const tenths = held.length === 0 ? 0 : Math.floor((attended * 1_000) / held.length);
  const sharePctText = `${Math.floor(tenths / 10)}.${tenths % 10}`;
  const issued = checks.every((c) => c.met);
  return {
    issued,
    attended,
    held: held.length,
    sharePctText,
    checks,
    lines: linesOf(checks, rule, sharePctText, issued),
  };
}

function linesOf(checks: readonly CertificateCheck[], rule: CertificateRule, share: string, issued: boolean): Words[] {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const lines: Words[] = [];
  for (const c of checks) {
    if (c.code === 'attendance')
      lines.push(
        c.held === 0
          ? { zh: '课程尚无已举办的课次 ✗', en: 'No session of the course has been held ✗' }
          : {
              zh: `出勤 ${c.attended}/${c.held} 次（${share}%），要求不低于 ${rule.minAttendancePct}%（至少 ${c.needed} 次）${mark(c.met)}`,
              en: `Attended ${c.attended} of ${c.held} sessions (${share}%); at least ${rule.minAttendancePct}% (${c.needed}) required ${mark(c.met)}`,
            },
      );
    else
      lines.push(
        c.held === 0
          ? { zh: `必修模块「${c.module}」未举办 ✗`, en: `Required module ${c.module} was not held ✗` }
          : {
              zh: `必修模块「${c.module}」出勤 ${c.attended}/${c.held} 次，要求 ${c.needed} 次 ${mark(c.met)}`,
              en: `Required module ${c.module}: attended ${c.attended} of ${c.held}, ${c.needed} required ${mark(c.met)}`,
            },
      );
  }
  lines.push(
    issued ? { zh: '颁发结业证书', en: 'Certificate issued' } : { zh: '不颁发结业证书', en: 'No certificate' },
  );
  return lines;
}
