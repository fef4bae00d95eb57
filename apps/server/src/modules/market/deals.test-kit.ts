import { expect } from 'vitest';
import { enterpriseWithUser, login } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';

/**
 * The market's deal flow through the API, for its tests: a published achievement, an agreed deal, a signed contract
 * applied for registration. `get` gives the test file's app and administrator cookie.
 */
export function dealKit(get: () => { t: TestApp; admin: string }) {
  const api = client(() => get().t);
  /** A new session after the clock moved on past the idle limit. */
  const relogin = (who: { user: unknown }) => login(get().t, (who.user as { username: string }).username);

  async function upload(cookie: string, text: string) {
    const res = await api.post('/api/v1/uploads?name=contract.pdf', Buffer.from(`%PDF-1.4 ${text}`), {
      as: cookie,
      headers: { 'content-type': 'application/pdf' },
    });
    return res.json().hash as string;
  }

  /** A published achievement of a new seller (a university when `university`), and a new buyer enterprise. */
  async function listing(suffix: string, university = false) {
    const seller = university
      ? await (async () => {
          const {
            organisations: [org],
            users: [user],
          } = await seed(get().t, {
            organisations: [{ key: 'u', kind: 'university' }],
            users: [{ role: 'enterprise', org: 'u', login: true }],
          });
          return { org, user, cookie: (user as { cookie: string }).cookie };
        })()
      : await enterpriseWithUser(get().t);
    const buyer = await enterpriseWithUser(get().t);
    const a = (
      await api.post(
        '/api/v1/market/achievements',
        {
          title: `示例高效钙钛矿叠层电池技术${suffix}`,
          summary: '示例成果：钙钛矿/晶硅叠层电池的界面钝化与封装工艺，实验室效率 28% 以上，可许可使用。',
          field: 'energy',
          stage: 'mature',
          transferModes: ['transfer', 'licence'],
          priceFen: 300_000_000,
        },
        { as: seller.cookie },
      )
    ).json();
    await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: seller.cookie });
    await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: get().admin });
    return { seller, buyer, achievementId: a.id as number };
  }

  const contractBody = (amountFen: number, costs = 0) => ({
    kind: 'transfer',
    title: '示例钙钛矿叠层电池技术转让合同',
    amountFen,
    nonTechnical: costs ? [{ kind: 'equipment', description: '示例封装设备一台', amountFen: costs }] : [],
    payments: [
      { dueOn: '2026-05-01', amountFen: amountFen / 2, note: '签约后' },
      { dueOn: '2026-09-01', amountFen: amountFen / 2, note: '验收后' },
    ],
  });

  /** Negotiated to an agreed price: the buyer asks, the seller offers, the buyer accepts. */
  async function agreed(suffix: string, amountFen: number, university = false) {
    const l = await listing(suffix, university);
    const opened = await api.post(
      '/api/v1/market/deals',
      { achievementId: l.achievementId, message: '示例：我司拟受让该技术，请介绍许可条件。' },
      { as: l.buyer.cookie },
    );
    expect(opened.statusCode).toBe(201);
    const dealId = opened.json().id as number;
    await api.post(
      `/api/v1/market/deals/${dealId}/messages`,
      { body: '示例报价：一次性转让。', offerFen: amountFen },
      { as: l.seller.cookie },
    );
    const accepted = await api.post(
      `/api/v1/market/deals/${dealId}/offer-answer`,
      { accept: true },
      { as: l.buyer.cookie },
    );
    expect(accepted.statusCode).toBe(200);
    return { ...l, dealId, deal: accepted.json() };
  }

  /** A signed contract with its scan, applied for registration by the seller. */
  async function applied(suffix: string, amountFen: number, costs = 0) {
    const d = await agreed(suffix, amountFen);
    const c = (
      await api.post(`/api/v1/market/deals/${d.dealId}/contract`, contractBody(amountFen, costs), {
        as: d.seller.cookie,
      })
    ).json();
    await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: d.seller.cookie });
    await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: d.buyer.cookie });
    await api.put(
      `/api/v1/market/contracts/${c.id}/signed-file`,
      { signedFile: await upload(d.seller.cookie, suffix) },
      { as: d.seller.cookie },
    );
    const r = await api.post(`/api/v1/market/contracts/${c.id}/registration`, {}, { as: d.seller.cookie });
    expect(r.statusCode).toBe(201);
    return { ...d, contractId: c.id as number, registration: r.json() };
  }
  return { api, relogin, upload, listing, contractBody, agreed, applied };
}
