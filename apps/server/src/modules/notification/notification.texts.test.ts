import { describe, expect, it } from 'vitest';
import { notificationText } from './notification.texts.ts';

describe('notification texts', () => {
  it('name the amount an enterprise qualifies for, and say it is set in review when there is none', () => {
    expect(notificationText('policy.eligible', { title: '示例补贴', amount: 4_200_000 })).toEqual({
      zh: '您的企业符合政策事项：示例补贴，预计可获 42000.00 元（以审核为准）',
      en: 'Your enterprise qualifies for a policy item: 示例补贴, about 42000.00 元 (subject to review)',
    });
    const none = notificationText('policy.eligible', { title: '示例补贴', amount: null });
    expect(none.zh).toBe('您的企业符合政策事项：示例补贴，支持金额经审核核定');
    expect(none.en).toBe('Your enterprise qualifies for a policy item: 示例补贴; the amount is set in review');
    const many = notificationText('policy.eligible_many', { count: 3, title: '示例补贴', amount: null });
    expect(many.zh).toBe('您的企业新符合 3 项政策事项（如：示例补贴），支持金额经审核核定');
    expect(many.en).not.toMatch(/about|0\.00/);
    expect(notificationText('policy.eligible_many', { count: 2, title: '示例', amount: 0 }).zh).toContain(
      '合计约 0.00 元',
    );
  });

  it('tell a subscriber of a new item with its document and closing date when it has one', () => {
    expect(
      notificationText('policy.subscribed', { title: '示例事项', document: '示例办法', closesOn: '2027-03-31' }).zh,
    ).toBe('您订阅的政策有新事项发布：示例事项（示例办法），受理截止 2027-03-31');
    expect(notificationText('policy.subscribed', { title: '示例事项', document: '示例办法', closesOn: null }).en).toBe(
      'A new item of a policy you subscribe to: 示例事项 (示例办法)',
    );
  });
});
