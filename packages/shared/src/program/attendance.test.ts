import { describe, expect, it } from 'vitest';
import {
  type CertificateCourse,
  type CertificateRule,
  type CourseSession,
  certificateDecision,
  certificateRuleSchema,
  DEFAULT_CERTIFICATE_RULE,
} from './attendance.ts';

const sessions = (n: number, module: string | null = null, from = 1): CourseSession[] =>
  Array.from({ length: n }, (_, i) => ({ id: from + i, module }));
const attended = (ids: number[]) => ids.map((sessionId) => ({ sessionId }));
const firstN = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);
const course = (s: CourseSession[], rule: Partial<CertificateRule> = {}): CertificateCourse => ({
  sessions: s,
  rule: { ...DEFAULT_CERTIFICATE_RULE, ...rule },
});

describe('attendance share (default 80 %)', () => {
  it.each([
    ['8 of 10 (exactly 80 %)', 10, 8, true, 8, '80.0'],
    ['7 of 10', 10, 7, false, 8, '70.0'],
    ['799 of 1,000 (79.9 %)', 1_000, 799, false, 800, '79.9'],
    ['800 of 1,000', 1_000, 800, true, 800, '80.0'],
    ['4 of 5', 5, 4, true, 4, '80.0'],
    ['3 of 4 (75 %)', 4, 3, false, 4, '75.0'],
    ['7 of 9 (77.8 %)', 9, 7, false, 8, '77.7'],
    ['all of 1', 1, 1, true, 1, '100.0'],
    ['none of 3', 3, 0, false, 3, '0.0'],
  ])('%s: issued = %s', (_, held, got, issued, needed, share) => {
    const d = certificateDecision(course(sessions(held)), attended(firstN(got)));
    expect([d.issued, d.attended, d.held, d.sharePctText]).toEqual([issued, got, held, share]);
    expect(d.checks[0]).toEqual({ code: 'attendance', met: issued, attended: got, held, needed });
  });

  it('takes the percentage from the rule, with two decimals', () => {
    const nine = course(sessions(9), { minAttendancePct: 77.77 });
    expect(certificateDecision(nine, attended(firstN(7))).issued).toBe(true); // 77.78 % ≥ 77.77 %
    expect(certificateDecision(course(sessions(3), { minAttendancePct: 66.67 }), attended([1, 2])).issued).toBe(false);
    expect(certificateDecision(course(sessions(3), { minAttendancePct: 66.66 }), attended([1, 2])).issued).toBe(true);
    expect(certificateDecision(course(sessions(3), { minAttendancePct: 0 }), []).issued).toBe(true);
  });

  it('counts a check-in recorded twice once, and ignores one for another course', () => {
    const d = certificateDecision(course(sessions(5)), attended([1, 1, 2, 3, 3, 99]));
    expect([d.attended, d.issued]).toEqual([3, false]);
  });

  it('leaves cancelled sessions out of both numbers', () => {
    const s = [...sessions(4), { id: 5, module: null, cancelled: true }];
    const d = certificateDecision(course(s), attended([1, 2, 3, 5]));
    expect([d.attended, d.held, d.issued]).toEqual([3, 4, false]);
    expect(certificateDecision(course(s), attended([1, 2, 3, 4])).issued).toBe(true);
  });

  it('issues nothing for a course with no session held', () => {
    const d = certificateDecision(course([{ id: 1, module: null, cancelled: true }]), attended([1]));
    expect(d.issued).toBe(false);
    expect(d.lines[0]?.zh).toBe('课程尚无已举办的课次 ✗');
  });
});

describe('required modules', () => {
  // 10 sessions: 1–3 of 示例模块甲, 4–5 of 示例模块乙, 6–10 without a module.
  const s = [...sessions(3, '示例模块甲'), ...sessions(2, '示例模块乙', 4), ...sessions(5, null, 6)];
  const rule = { requiredModules: ['示例模块甲'] };

  it.each([
    ['every session of the module and 80 %', [1, 2, 3, 4, 6, 7, 8, 9], true],
    ['80 % but one session of the module missed', [1, 2, 4, 5, 6, 7, 8, 9], false],
    ['the module but under 80 %', [1, 2, 3, 6, 7, 8, 9], false],
  ])('%s: issued = %s', (_, ids, issued) => {
    expect(certificateDecision(course(s, rule), attended(ids)).issued).toBe(issued);
  });

  it('with any_session, one session of each required module suffices', () => {
    // 70 %, so that the last case fails on the module alone.
    const any = course(s, {
      requiredModules: ['示例模块甲', '示例模块乙'],
      moduleRule: 'any_session',
      minAttendancePct: 70,
    });
    expect(certificateDecision(any, attended([1, 4, 5, 6, 7, 8, 9, 10])).issued).toBe(true);
    expect(certificateDecision(any, attended([2, 3, 5, 6, 7, 8, 9, 10])).issued).toBe(true);
    const without = certificateDecision(any, attended([4, 5, 6, 7, 8, 9, 10]));
    expect(without.issued).toBe(false);
    expect(without.checks.map((c) => c.met)).toEqual([true, false, true]);
  });

  it('a required module none of whose sessions were held cannot be met', () => {
    const d = certificateDecision(course(s, { requiredModules: ['示例模块丙'] }), attended(firstN(10)));
    expect(d.issued).toBe(false);
    expect(d.checks[1]).toEqual({ code: 'module', met: false, module: '示例模块丙', attended: 0, held: 0, needed: 1 });
    expect(d.lines[1]?.zh).toBe('必修模块「示例模块丙」未举办 ✗');
  });

  it('explains every check in both languages', () => {
    const d = certificateDecision(course(s, rule), attended([1, 2, 4, 5, 6, 7, 8, 9]));
    expect(d.lines.map((l) => l.zh)).toEqual([
      '出勤 8/10 次（80.0%），要求不低于 80%（至少 8 次）✓',
      '必修模块「示例模块甲」出勤 2/3 次，要求 3 次 ✗',
      '不颁发结业证书',
    ]);
    expect(d.lines[0]?.en).toBe('Attended 8 of 10 sessions (80.0%); at least 80% (8) required ✓');
    expect(d.checks[1]).toEqual({ code: 'module', met: false, module: '示例模块甲', attended: 2, held: 3, needed: 3 });
  });
});

describe('the rule schema', () => {
  it('accepts the default and refuses more than two decimals or more than 100 %', () => {
    expect(certificateRuleSchema.safeParse(DEFAULT_CERTIFICATE_RULE).success).toBe(true);
    expect(certificateRuleSchema.safeParse({ ...DEFAULT_CERTIFICATE_RULE, minAttendancePct: 66.667 }).success).toBe(
      false,
    );
    expect(certificateRuleSchema.safeParse({ ...DEFAULT_CERTIFICATE_RULE, minAttendancePct: 101 }).success).toBe(false);
  });
});
