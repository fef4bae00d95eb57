import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { exportRowCount, walkPages } from '../../../test/paging.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { notifyUsers } from './notification.service.ts';

// My notifications page and search on the server: by what they are about and by the words of their kind.
let t: TestApp;
const api = client(() => t);
const q = (s: string) => encodeURIComponent(s);
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
let me: string;
let other: string;

beforeAll(async () => {
  t = await createTestApp();
  const s = await seed(t, {
    users: [
      { role: 'enterprise', login: true },
      { role: 'enterprise', login: true },
    ],
  });
  me = s.users[0]?.cookie as string;
  other = s.users[1]?.cookie as string;
  const [mine, theirs] = s.users.map((u) => u.id) as [number, number];
  await t.db.transaction(async (tx) => {
    for (let i = 1; i <= 3; i++)
      await notifyUsers(tx, [mine], { kind: 'order.completed', params: { title: `示例检测服务${tag}${i}` } });
    await notifyUsers(tx, [mine], {
      kind: 'booking.confirmed',
      params: { instrument: `示例色谱仪${tag}`, start: '2026-03-03T01:00:00Z' },
    });
    await notifyUsers(tx, [theirs], { kind: 'order.completed', params: { title: `示例检测服务${tag}9` } });
  });
});
afterAll(() => t.close());

const messages = async (query: string, cookie = me) =>
  (
    (await api.get(`/api/v1/notifications?${query}`, { as: cookie })).json().items as {
      params: { title?: string; instrument?: string };
    }[]
  ).map((n) => n.params.title ?? n.params.instrument);

describe('my notifications', () => {
  it('page newest first with a total, found by what they are about', async () => {
    const { total } = await walkPages(api, `/api/v1/notifications?q=${q(`检测服务${tag}`)}`, me, 2);
    expect(total).toBe(3);
    expect(await messages(`q=${q(`检测服务${tag}2`)}`)).toEqual([`示例检测服务${tag}2`]);
    expect(await messages(`q=${q(`色谱仪${tag}`)}`)).toEqual([`示例色谱仪${tag}`]);
  });

  it('are found by the words of their kind, in either language, and never show another user’s', async () => {
    expect(await messages(`q=${q('预约已确认')}`)).toEqual([`示例色谱仪${tag}`]);
    expect(await messages(`q=${q('booking confirmed')}`)).toEqual([`示例色谱仪${tag}`]);
    expect((await api.get(`/api/v1/notifications?q=${q('订单已完成')}`, { as: me })).json().total).toBe(3);
    expect(await messages(`q=${q(`${tag}9`)}`)).toEqual([]);
    expect(await messages(`q=${q(`${tag}9`)}`, other)).toEqual([`示例检测服务${tag}9`]);
    // The params' names are not what a notification says.
    expect(await messages(`q=title`)).toEqual([]);
    expect(await messages(`q=${q('%')}`)).toEqual([]);
  });

  it('export what the search finds', async () => {
    expect(await exportRowCount(api, `/api/v1/notifications/export.xlsx?q=${q(`检测服务${tag}`)}`, me)).toBe(3);
    expect(await exportRowCount(api, `/api/v1/notifications/export.xlsx?q=${q('预约')}`, me)).toBe(1);
  });
});
