import { describe, expect, it } from 'vitest';
import {
  canTakeStep,
  effectiveStatus,
  isPublicAt,
  type NewsStatus,
  type NewsStep,
  newsArticleInputSchema,
  stepsOpen,
} from './news.ts';

const now = new Date('2026-05-01T02:00:00.000Z');
const ms = (n: number) => new Date(now.getTime() + n).toISOString();

describe('what the public sees at a moment', () => {
  it.each<[NewsStatus, string | null, NewsStatus, boolean]>([
    ['draft', null, 'draft', false],
    ['scheduled', ms(1), 'scheduled', false],
    ['scheduled', ms(0), 'published', true],
    ['scheduled', ms(-1), 'published', true],
    ['published', ms(-60_000), 'published', true],
    ['withdrawn', ms(-60_000), 'withdrawn', false],
  ])('%s with publishAt %s reads as %s (public: %s)', (status, publishAt, seen, open) => {
    expect(effectiveStatus({ status, publishAt }, now)).toBe(seen);
    expect(isPublicAt({ status, publishAt }, now)).toBe(open);
  });
});

describe('the steps of an article', () => {
  it.each<[NewsStatus, NewsStep[]]>([
    ['draft', ['publish', 'schedule']],
    ['scheduled', ['publish', 'schedule', 'unschedule']],
    ['published', ['withdraw']],
    ['withdrawn', ['republish']],
  ])('an article seen as %s may %j', (seen, steps) => {
    expect(stepsOpen(seen)).toEqual(steps);
  });

  it('does not put an article that is already public back to draft', () => {
    const due = effectiveStatus({ status: 'scheduled', publishAt: ms(-1) }, now);
    expect(canTakeStep(due, 'unschedule')).toBe(false);
    expect(canTakeStep(due, 'withdraw')).toBe(true);
  });
});

const article = (o: Record<string, unknown> = {}) => ({
  category: 'news',
  title: '示例资讯',
  body: '<p>正文</p>',
  department: '科技创新部',
  ...o,
});
const messages = (o: Record<string, unknown>) => {
  const r = newsArticleInputSchema.safeParse(article(o));
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('an article as written', () => {
  it('takes defaults and drops repeated tags', () => {
    const r = newsArticleInputSchema.parse(article({ tags: ['政策', '政策', '高企'] }));
    expect(r).toMatchObject({ summary: '', cover: null, attachments: [], tags: ['政策', '高企'], event: null });
    expect(r.pinned).toBe(false);
  });

  it('needs an event time for 活动预告 and refuses event fields elsewhere', () => {
    expect(messages({ category: 'event' })).toEqual(['news.event_required']);
    expect(messages({ event: { startsAt: ms(0) } })).toEqual(['news.event_only']);
    expect(messages({ category: 'event', event: { startsAt: ms(0) } })).toEqual([]);
  });

  it('refuses an event that ends before it starts, and takes one that ends when it starts', () => {
    expect(messages({ category: 'event', event: { startsAt: ms(0), endsAt: ms(-1) } })).toEqual(['news.event_order']);
    expect(messages({ category: 'event', event: { startsAt: ms(0), endsAt: ms(0) } })).toEqual([]);
  });

  it('needs an http(s) link for a sign-up by link, and forgets a link otherwise', () => {
    const event = (signup: string, signupUrl?: string) => ({
      category: 'event',
      event: { startsAt: ms(0), signup, signupUrl },
    });
    expect(messages(event('link'))).toEqual(['news.signup_url']);
    expect(messages(event('link', 'javascript:alert(1)'))).toEqual(['news.signup_url']);
    expect(messages(event('link', 'https://example.org/signup'))).toEqual([]);
    const later = newsArticleInputSchema.parse(article(event('platform', 'https://example.org/x')));
    expect(later.event).toMatchObject({ signup: 'platform', signupUrl: null });
  });

  it('refuses a tag with a comma or a space, and the same attachment twice', () => {
    expect(messages({ tags: ['高企,政策'] })).toEqual(['news.tag_format']);
    const hash = 'a'.repeat(64);
    expect(
      messages({
        attachments: [
          { hash, name: '附件一.pdf' },
          { hash, name: '附件二.pdf' },
        ],
      }),
    ).toEqual(['news.attachment_twice']);
  });
});
