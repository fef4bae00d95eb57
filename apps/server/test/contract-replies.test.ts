import {
  addDays,
  affiliationSchema,
  applicationPageSchema,
  auditPageSchema,
  availabilitySchema,
  awardPageSchema,
  batchCreatedSchema,
  batchPaidSchema,
  bookingPageSchema,
  bookingSchema,
  claimablePageSchema,
  claimPageSchema,
  claimSchema,
  eligibilitySchema,
  factChangeCountSchema,
  factChangePageSchema,
  factChangeSchema,
  importReportSchema,
  indicatorListSchema,
  instrumentPageSchema,
  instrumentSchema,
  interopConfirmSchema,
  interopHoldSchema,
  interopReleaseSchema,
  interopVoucherSchema,
  ipClassCountsSchema,
  ipRecordDetailSchema,
  ipRecordPageSchema,
  itemsOf,
  meSchema,
  newRedemptionCodeSchema,
  notificationPageSchema,
  okSchema,
  orderPageSchema,
  orderSchema,
  orgPageSchema,
  orgSchema,
  partnerPageSchema,
  providerSuspensionSchema,
  qualificationSchema,
  redemptionCodeStatusSchema,
  regionSchema,
  reimbursementDetailSchema,
  reimbursementPageSchema,
  schemePageSchema,
  schemeSchema,
  servicePageSchema,
  settlementBatchPageSchema,
  shanghaiDate,
  shanghaiInstant,
  sharingStatsSchema,
  subsidyResultSchema,
  subsidyRuleSchema,
  userPageSchema,
  voucherPageSchema,
  voucherReportSchema,
  voucherSchema,
  XLSX_MIME,
} from '@cz/shared';
import { rdDeductionResultSchema, techSmeResultSchema } from '@cz/shared/cultivation';
import {
  batchPageSchema,
  batchSchema,
  buildPoolReplySchema,
  declarationsReplySchema,
  evaluationHistorySchema,
  evaluationPageSchema,
  evaluationSchema,
  myTasksSchema,
  orgEvaluationsSchema,
  ownerListSchema,
  poolCardSchema,
  poolPageSchema,
  poolStatsSchema,
} from '@cz/shared/cultivation-api';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { signedHeaders } from '../src/modules/interop/interop.signing.ts';
import { adminCookie, login, makeInstrument, makeOrg, makeUser, providerWithUser } from './factories.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { client } from './request.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// The declared schemas against real answers: a small demo world (a scheme, an enterprise with a voucher, a provider with
// a service and an instrument, a completed voucher-paid order), then representative reads and writes of every area.
// Each answer must parse, and parsing must keep it whole: a field the schema does not declare fails too.

const http = client(() => t);
const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie?: string, payload?: unknown) =>
  http.request(method, url, payload as object | undefined, { as: cookie });

function conforms<S extends z.ZodType>(schema: S, res: LightMyRequestResponse, status = 200): z.infer<S> {
  expect(res.statusCode, `${res.statusCode} ${res.body}`).toBe(status);
  const body = res.json();
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`the answer does not match its schema: ${parsed.error.message}\n${res.body}`);
  expect(parsed.data, 'every field of the answer is declared').toEqual(body);
  return parsed.data;
}

const year = Number(shanghaiDate(new Date()).slice(0, 4));
const SECRET = 'a-shared-secret-of-the-contract-test-0123456789';
const w = {} as {
  admin: string;
  provider: { cookie: string; orgId: number };
  buyer: { cookie: string; orgId: number; userId: number };
  schemeId: number;
  voucherId: number;
  voucherNumber: string;
  orderId: number;
  instrumentId: number;
  upload: (cookie: string, text: string) => Promise<string>;
};

describe('declared response schemas match real answers', () => {
  beforeAll(async () => {
    w.admin = (await adminCookie(t)).cookie;
    w.upload = async (cookie, text) => {
      const up = await t.app.inject({
        method: 'POST',
        url: '/api/v1/uploads?name=doc.pdf',
        payload: Buffer.from(`%PDF-1.4 ${text}`),
        headers: { cookie, 'content-type': 'application/pdf' },
      });
      return up.json().hash as string;
    };
    const p = await providerWithUser(t);
    w.provider = { cookie: p.cookie, orgId: p.org.id };
    const org = await makeOrg(t, { park: '光伏产业园', tsmeRegNo: `T-CONTRACT-${Date.now()}` });
    const user = await makeUser(t, { role: 'enterprise', orgId: org.id });
    w.buyer = { cookie: await login(t, user.username), orgId: org.id, userId: user.id };
    const scheme = await api('POST', '/api/v1/voucher-schemes', w.admin, {
      year,
      name: '示例契约测试券',
      budget: 50_000_000,
      perEnterpriseCap: 10_000_000,
      coveragePercent: 50,
      amountMode: 'free',
      validityMonths: 12,
      categories: ['testing', 'instrument'],
      applyFrom: '2020-01-01',
      applyTo: '2099-12-31',
    });
    w.schemeId = conforms(schemeSchema, scheme, 201).id;
    await api('POST', `/api/v1/voucher-schemes/${w.schemeId}/status`, w.admin, { status: 'open' });
    const application = (
      await api('POST', `/api/v1/voucher-schemes/${w.schemeId}/applications`, w.buyer.cookie, {
        amount: 5_000_000,
        purpose: '检测',
      })
    ).json();
    w.voucherId = (
      await api('POST', `/api/v1/voucher-applications/${application.id}/decision`, w.admin, { decision: 'approve' })
    ).json().voucherId;
    w.voucherNumber = conforms(
      voucherSchema,
      await api('GET', `/api/v1/vouchers/${w.voucherId}`, w.buyer.cookie),
    ).number;
    const service = (
      await api('POST', '/api/v1/services', w.provider.cookie, {
        category: 'testing',
        title: '示例契约检测',
        pricing: 'quote',
        voucherEligible: true,
      })
    ).json();
    w.orderId = (await api('POST', '/api/v1/orders', w.buyer.cookie, { serviceId: service.id })).json().id;
    await api('POST', `/api/v1/orders/${w.orderId}/quote`, w.provider.cookie, { amount: 1_000_000 });
    await api('POST', `/api/v1/orders/${w.orderId}/accept`, w.buyer.cookie, { vouchers: [w.voucherId] });
    await api('POST', `/api/v1/orders/${w.orderId}/deliver`, w.provider.cookie, { note: '报告' });
    const done = await api('POST', `/api/v1/orders/${w.orderId}/accept-delivery`, w.buyer.cookie);
    expect(conforms(orderSchema, done).status).toBe('completed');
    w.instrumentId = (await makeInstrument(t, w.provider.cookie)).id;
  });

  it('settlement: claimable orders, claims, review, batches, payment', async () => {
    const claimable = conforms(
      claimablePageSchema,
      await api('GET', '/api/v1/voucher-claims/claimable', w.provider.cookie),
    );
    expect(claimable.items.map((c) => c.orderId)).toContain(w.orderId);
    const docs = {
      contractFile: await w.upload(w.provider.cookie, '合同'),
      invoiceFile: await w.upload(w.provider.cookie, '发票'),
      paymentProofFile: await w.upload(w.provider.cookie, '付款凭证'),
      resultFiles: [await w.upload(w.provider.cookie, '报告')],
    };
    const claim = conforms(
      claimSchema,
      await api('POST', '/api/v1/voucher-claims', w.provider.cookie, { orderId: w.orderId, ...docs }),
      201,
    );
    const returned = conforms(
      claimSchema,
      await api('POST', `/api/v1/voucher-claims/${claim.id}/review`, w.admin, {
        decision: 'return',
        reason: '发票有误',
      }),
    );
    expect(returned.reviewedAt).not.toBeNull();
    conforms(claimSchema, await api('POST', `/api/v1/voucher-claims/${claim.id}/resubmit`, w.provider.cookie, docs));
    conforms(
      claimSchema,
      await api('POST', `/api/v1/voucher-claims/${claim.id}/review`, w.admin, { decision: 'approve' }),
    );
    const batch = conforms(
      batchCreatedSchema,
      await api('POST', '/api/v1/settlement-batches', w.admin, { claimIds: [claim.id], note: '契约测试批' }),
      201,
    );
    conforms(settlementBatchPageSchema, await api('GET', '/api/v1/settlement-batches', w.admin));
    const xlsx = await api('GET', `/api/v1/settlement-batches/${batch.id}/export.xlsx`, w.admin);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(XLSX_MIME);
    conforms(
      batchPaidSchema,
      await api('POST', `/api/v1/settlement-batches/${batch.id}/paid`, w.admin, { paymentRef: 'PAY-1' }),
    );
    const batches = conforms(settlementBatchPageSchema, await api('GET', '/api/v1/settlement-batches', w.admin));
    expect(batches.items.find((b) => b.id === batch.id)).toMatchObject({ status: 'paid', paymentRef: 'PAY-1' });
    const claims = conforms(claimPageSchema, await api('GET', '/api/v1/voucher-claims', w.admin));
    expect(claims.items.find((c) => c.id === claim.id)).toMatchObject({ status: 'paid', batchId: batch.id });
    conforms(claimPageSchema, await api('GET', '/api/v1/voucher-claims?status=paid', w.provider.cookie));
  });

  it('reimbursements: submit, list, decide', async () => {
    const submitted = conforms(
      reimbursementDetailSchema,
      await api('POST', `/api/v1/vouchers/${w.voucherId}/reimbursements`, w.buyer.cookie, {
        region: '示例伙伴区',
        providerName: '示例异地检测所',
        category: 'testing',
        paidAmount: 200_000,
        invoiceFile: await w.upload(w.buyer.cookie, '报销发票'),
        paymentProofFile: await w.upload(w.buyer.cookie, '报销付款'),
      }),
      201,
    );
    expect(submitted).toMatchObject({ status: 'submitted', amount: 100_000, decidedAt: null });
    conforms(reimbursementPageSchema, await api('GET', '/api/v1/voucher-reimbursements', w.buyer.cookie));
    conforms(reimbursementPageSchema, await api('GET', '/api/v1/voucher-reimbursements?status=submitted', w.admin));
    const approved = conforms(
      reimbursementDetailSchema,
      await api('POST', `/api/v1/voucher-reimbursements/${submitted.id}/decision`, w.admin, { decision: 'approve' }),
    );
    expect(approved.decidedAt).not.toBeNull();
  });

  it('interop: partners, regions and the signed machine API', async () => {
    conforms(
      okSchema,
      await api('PUT', '/api/v1/interop/partners/region-x', w.admin, {
        code: 'region-x',
        name: '示例伙伴区X',
        baseUrl: 'http://127.0.0.1:9',
        secret: SECRET,
      }),
    );
    expect(conforms(partnerPageSchema, await api('GET', '/api/v1/interop/partners', w.admin)).items).toHaveLength(1);
    conforms(itemsOf(regionSchema), await api('GET', '/api/v1/interop/regions', w.buyer.cookie));
    const machine = (path: string, payload: unknown, key?: string) => {
      const body = JSON.stringify(payload);
      const url = `/api/v1/interop/vouchers/${path}`;
      return t.app.inject({
        method: 'POST',
        url,
        payload: body,
        headers: signedHeaders('region-x', SECRET, 'POST', url, body, new Date(), key),
      });
    };
    const codeUrl = `/api/v1/vouchers/${w.voucherId}/redemption-code`;
    expect(conforms(redemptionCodeStatusSchema, await api('GET', codeUrl, w.buyer.cookie)).setAt).toBeNull();
    const { code } = conforms(newRedemptionCodeSchema, await api('POST', codeUrl, w.buyer.cookie));
    expect(conforms(redemptionCodeStatusSchema, await api('GET', codeUrl, w.admin)).setAt).not.toBeNull();
    const verified = conforms(interopVoucherSchema, await machine('verify', { number: w.voucherNumber, code }));
    expect(verified.status).toBe('active');
    const hold = (orderRef: string) =>
      machine(
        'hold',
        { number: w.voucherNumber, code, amount: 10_000, orderRef, category: 'testing' },
        `hold-${orderRef}`,
      );
    const first = conforms(interopHoldSchema, await hold('contract-1'));
    conforms(
      interopConfirmSchema,
      await machine('confirm', { holdId: first.holdId, amount: 5_000 }, 'confirm-contract-1'),
    );
    const second = conforms(interopHoldSchema, await hold('contract-2'));
    conforms(interopReleaseSchema, await machine('release', { holdId: second.holdId }, 'release-contract-2'));
    // A repeated key answers the stored reply, which must keep the shape.
    conforms(interopHoldSchema, await hold('contract-1'));
  });

  it('voucher reports and awards', async () => {
    const report = conforms(voucherReportSchema, await api('GET', `/api/v1/voucher-reports?year=${year}`, w.admin));
    expect(report.redeemedAmount).toBeGreaterThan(0);
    expect(report.byCategory.length).toBeGreaterThan(0);
    conforms(voucherReportSchema, await api('GET', '/api/v1/voucher-reports?year=2023', w.admin));
    const xlsx = await api('GET', `/api/v1/voucher-reports.xlsx?year=${year}`, w.admin);
    expect(xlsx.headers['content-type']).toBe(XLSX_MIME);
    const awards = conforms(awardPageSchema, await api('GET', `/api/v1/voucher-schemes/${w.schemeId}/awards`));
    expect(awards.items.map((a) => a.number)).toContain(w.voucherNumber);
  });

  it('affiliations: add, list, remove', async () => {
    conforms(
      okSchema,
      await api('POST', `/api/v1/orgs/${w.provider.orgId}/affiliations`, w.admin, {
        orgId: w.buyer.orgId,
        kind: 'co_built',
        note: '共建实验室',
      }),
      201,
    );
    const list = conforms(
      itemsOf(affiliationSchema),
      await api('GET', `/api/v1/orgs/${w.provider.orgId}/affiliations`, w.provider.cookie),
    );
    expect(list.items).toEqual([expect.objectContaining({ orgId: w.buyer.orgId, kind: 'co_built' })]);
    const removed = await api('DELETE', `/api/v1/orgs/${w.provider.orgId}/affiliations/${w.buyer.orgId}`, w.admin);
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
  });

  it('changes of verified facts: request, lists, count, decision', async () => {
    const org = await makeOrg(t, { legalRep: '示例法人' });
    const member = await login(t, (await makeUser(t, { role: 'enterprise', orgId: org.id })).username);
    const current = (await api('GET', `/api/v1/orgs/${org.id}`, member)).json();
    conforms(orgSchema, await api('PUT', `/api/v1/orgs/${org.id}`, member, { ...current, legalRep: '示例新法人' }));
    const [change] = conforms(
      factChangePageSchema,
      await api('GET', `/api/v1/orgs/${org.id}/fact-changes`, member),
    ).items;
    expect(change?.status).toBe('pending');
    conforms(factChangePageSchema, await api('GET', '/api/v1/org-fact-changes?status=pending', w.admin));
    conforms(factChangeCountSchema, await api('GET', '/api/v1/org-fact-changes/count', w.admin));
    const decided = conforms(
      factChangeSchema,
      await api('POST', `/api/v1/org-fact-changes/${change?.id}/decision`, w.admin, { decision: 'approve' }),
    );
    expect(decided.status).toBe('approved');
  });

  it('sharing statistics and subsidy', async () => {
    const stats = conforms(
      sharingStatsSchema,
      await api('GET', `/api/v1/sharing/stats?year=${year}`, w.provider.cookie),
    );
    expect(stats.instruments.map((i) => i.instrumentId)).toContain(w.instrumentId);
    const rule = { year, ownerPercent: 10, ownerCap: 1_000_000, excludeRelated: true, minSharePercent: 0 };
    conforms(subsidyRuleSchema, await api('PUT', `/api/v1/sharing/subsidy-rules/${year}`, w.admin, rule));
    conforms(subsidyRuleSchema, await api('GET', `/api/v1/sharing/subsidy-rules/${year}`, w.admin));
    conforms(subsidyResultSchema, await api('GET', `/api/v1/sharing/subsidy?year=${year}`, w.admin));
  });

  it('bookings and availability', async () => {
    let date = addDays(shanghaiDate(new Date()), 2);
    while ([0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())) date = addDays(date, 1);
    const booked = conforms(
      bookingSchema,
      await api('POST', '/api/v1/bookings', w.buyer.cookie, {
        instrumentId: w.instrumentId,
        start: shanghaiInstant(date, 10 * 60).toISOString(),
        end: shanghaiInstant(date, 11 * 60).toISOString(),
        purpose: '契约测试',
      }),
      201,
    );
    expect(
      conforms(bookingSchema, await api('POST', `/api/v1/bookings/${booked.id}/approve`, w.provider.cookie)).status,
    ).toBe('confirmed');
    conforms(bookingPageSchema, await api('GET', '/api/v1/bookings?scope=provider', w.provider.cookie));
    conforms(bookingSchema, await api('GET', `/api/v1/bookings/${booked.id}`, w.buyer.cookie));
    const availability = conforms(
      availabilitySchema,
      await api('GET', `/api/v1/instruments/${w.instrumentId}/availability?from=${date}&to=${date}`, w.buyer.cookie),
    );
    expect(availability.busy).toHaveLength(1);
  });

  it('instruments: qualifications; catalog: suspending a provider', async () => {
    const url = `/api/v1/instruments/${w.instrumentId}/qualifications`;
    conforms(okSchema, await api('PUT', `${url}/${w.buyer.userId}`, w.provider.cookie));
    const q = conforms(itemsOf(qualificationSchema), await api('GET', url, w.provider.cookie));
    expect(q.items.map((i) => i.userId)).toEqual([w.buyer.userId]);
    conforms(instrumentSchema, await api('GET', `/api/v1/instruments/${w.instrumentId}`));
    const suspension = `/api/v1/orgs/${w.provider.orgId}/listings/suspension`;
    const suspended = conforms(
      providerSuspensionSchema,
      await api('POST', suspension, w.admin, { action: 'suspend', reason: '示例暂停' }),
    );
    expect(suspended.changed).toBeGreaterThan(0);
    conforms(providerSuspensionSchema, await api('POST', suspension, w.admin, { action: 'reinstate' }));
  });

  it('cultivation: calculator, evaluations, batch runs and the pool', async () => {
    const body = {
      employees: 100,
      techStaff: 30,
      salesFen: 1_000_000_000,
      rdExpenseFen: 60_000_000,
      totalCostFen: 900_000_000,
      totalAssetsFen: 2_000_000_000,
      ip1Count: 0,
      ip2Count: 1,
    };
    conforms(techSmeResultSchema, await api('POST', '/api/v1/cultivation/tech-sme/calculate', undefined, body));
    const estimate = conforms(
      rdDeductionResultSchema,
      await api('POST', '/api/v1/cultivation/rd-deduction/estimate', undefined, {
        taxYear: 2023,
        industrySection: 'C',
        industryDivision: '26',
        personnelFen: 9_000,
        directInputsFen: 10_000,
        depreciationFen: 0,
        intangibleAmortisationFen: 0,
        designFen: 0,
        otherFen: 5_000,
        commissionedDomesticFen: 1_000,
        commissionedAbroadFen: 1_000,
        capitalisedAmortisationFen: 1_000,
      }),
    );
    expect(estimate.reasons.length).toBeGreaterThan(5);
    const org = w.buyer.orgId;
    const flags = {
      prohibitedIndustry: false,
      majorIncident: false,
      dishonestList: false,
      abnormalOperation: false,
      nationalAward5y: null,
      provincialRdInstitution: null,
      ledStandard5y: null,
    };
    conforms(
      declarationsReplySchema,
      await api('PUT', `/api/v1/cultivation/orgs/${org}/declarations`, w.buyer.cookie, flags),
    );
    conforms(declarationsReplySchema, await api('GET', `/api/v1/cultivation/orgs/${org}/declarations`, w.buyer.cookie));
    await api('PUT', `/api/v1/orgs/${org}/indicators/${year - 1}`, w.buyer.cookie, {
      year: year - 1,
      revenue: 1_000_000_000,
      rdExpense: 60_000_000,
      totalAssets: 2_000_000_000,
      employees: 100,
      techStaff: 30,
    });
    const mine = conforms(
      orgEvaluationsSchema,
      await api('POST', `/api/v1/cultivation/orgs/${org}/evaluations`, w.buyer.cookie),
    );
    conforms(orgEvaluationsSchema, await api('GET', `/api/v1/cultivation/orgs/${org}/evaluations`, w.buyer.cookie));
    conforms(
      evaluationHistorySchema,
      await api('GET', `/api/v1/cultivation/orgs/${org}/evaluations/history`, w.buyer.cookie),
    );
    conforms(
      evaluationSchema,
      await api('GET', `/api/v1/cultivation/evaluations/${mine.items[0]?.id}`, w.buyer.cookie),
    );
    conforms(evaluationPageSchema, await api('GET', '/api/v1/cultivation/evaluations?kind=tech_sme', w.admin));
    const batch = conforms(batchSchema, await api('POST', '/api/v1/cultivation/batches', w.admin));
    conforms(batchSchema, await api('GET', `/api/v1/cultivation/batches/${batch.id}`, w.admin));
    conforms(batchPageSchema, await api('GET', '/api/v1/cultivation/batches', w.admin));
    conforms(
      buildPoolReplySchema,
      await api('POST', '/api/v1/cultivation/pool/build', w.admin, {
        name: '示例',
        filter: { scoreMin: 60 },
        tier: 'seed',
      }),
    );
    conforms(poolPageSchema, await api('GET', '/api/v1/cultivation/pool', w.admin));
    conforms(poolCardSchema, await api('GET', `/api/v1/cultivation/pool/${org}`, w.admin));
    conforms(
      poolCardSchema,
      await api('POST', `/api/v1/cultivation/pool/${org}/tasks`, w.admin, {
        title: '示例任务',
        dueOn: shanghaiDate(new Date()),
      }),
      201,
    );
    conforms(
      poolCardSchema,
      await api('POST', `/api/v1/cultivation/pool/${org}/visits`, w.admin, {
        visitedOn: shanghaiDate(new Date()),
        notes: '示例',
      }),
      201,
    );
    conforms(
      poolCardSchema,
      await api('PUT', `/api/v1/cultivation/pool/${org}/outcomes`, w.admin, { year, outcome: 'applied' }),
    );
    conforms(poolStatsSchema, await api('GET', '/api/v1/cultivation/pool/stats', w.admin));
    conforms(ownerListSchema, await api('GET', '/api/v1/cultivation/pool/owners', w.admin));
    conforms(myTasksSchema, await api('GET', '/api/v1/cultivation/pool/my-tasks', w.admin));
  });

  it('ip: register, events, certificate, verification, lists, counts, import', async () => {
    const created = conforms(
      ipRecordDetailSchema,
      await api('POST', '/api/v1/ip/records', w.buyer.cookie, {
        kind: 'pct',
        number: 'ZL202180001234.6',
        title: '示例契约PCT发明',
        holders: '示例契约企业',
        appliedOn: '2021-05-01',
        grantedOn: '2024-01-10',
        expiresOn: '2041-04-30',
        legalStatus: 'valid',
        acquisition: 'own',
        feeDueOn: '2027-05-01',
      }),
      201,
    );
    expect(created).toMatchObject({ number: '202180001234.6', ipClass: 'I', verification: 'pending' });
    const url = `/api/v1/ip/records/${created.id}`;
    conforms(ipRecordDetailSchema, await api('PUT', url, w.buyer.cookie, { ...created, title: '示例契约PCT发明二' }));
    const withEvent = conforms(
      ipRecordDetailSchema,
      await api('POST', `${url}/events`, w.buyer.cookie, { kind: 'pledge', occurredOn: '2024-06-01', note: '质押' }),
      201,
    );
    expect(withEvent.events).toHaveLength(1);
    conforms(
      ipRecordDetailSchema,
      await api('PUT', `${url}/certificate`, w.buyer.cookie, { certificate: await w.upload(w.buyer.cookie, '证书') }),
    );
    const verified = conforms(
      ipRecordDetailSchema,
      await api('POST', `${url}/verification`, w.admin, { decision: 'verify' }),
    );
    expect(verified.counted).toBe(true);
    conforms(ipRecordDetailSchema, await api('GET', url, w.admin));
    conforms(ipRecordPageSchema, await api('GET', '/api/v1/ip/records?q=契约', w.buyer.cookie));
    conforms(ipRecordPageSchema, await api('GET', '/api/v1/ip/records?verification=verified&kind=pct', w.admin));
    const counts = conforms(ipClassCountsSchema, await api('GET', '/api/v1/ip/class-counts', w.buyer.cookie));
    expect(counts).toEqual({ orgId: w.buyer.orgId, class1: 1, class2: 0 });
    conforms(ipClassCountsSchema, await api('GET', `/api/v1/ip/class-counts?orgId=${w.buyer.orgId}`, w.admin));
    const template = await api('GET', '/api/v1/ip/import/template.xlsx', w.buyer.cookie);
    expect(template.headers['content-type']).toBe(XLSX_MIME);
    const dry = await http.post('/api/v1/ip/import?mode=dry-run', template.rawPayload, {
      as: w.buyer.cookie,
      headers: { 'content-type': XLSX_MIME },
    });
    expect(conforms(importReportSchema, dry).total).toBe(1);
    const xlsx = await api('GET', '/api/v1/ip/records/export.xlsx', w.buyer.cookie);
    expect(xlsx.headers['content-type']).toBe(XLSX_MIME);
  });

  it('representative reads of the other areas', async () => {
    const reads: [z.ZodType, string, string | undefined][] = [
      [meSchema, '/api/v1/auth/me', w.buyer.cookie],
      [orgPageSchema, '/api/v1/orgs', w.admin],
      [orgSchema, `/api/v1/orgs/${w.buyer.orgId}`, w.buyer.cookie],
      [servicePageSchema, '/api/v1/services', undefined],
      [instrumentPageSchema, '/api/v1/instruments', undefined],
      [orderPageSchema, '/api/v1/orders', w.buyer.cookie],
      [orderSchema, `/api/v1/orders/${w.orderId}`, w.provider.cookie],
      [voucherPageSchema, '/api/v1/vouchers?scope=all', w.admin],
      [schemePageSchema, '/api/v1/voucher-schemes', w.admin],
      [eligibilitySchema, `/api/v1/voucher-schemes/${w.schemeId}/eligibility`, w.buyer.cookie],
      [applicationPageSchema, '/api/v1/voucher-applications', w.buyer.cookie],
      [indicatorListSchema, `/api/v1/orgs/${w.buyer.orgId}/indicators`, w.buyer.cookie],
      [notificationPageSchema, '/api/v1/notifications', w.provider.cookie],
      [auditPageSchema, '/api/v1/audit', w.admin],
      [userPageSchema, '/api/v1/users', w.admin],
    ];
    for (const [schema, url, cookie] of reads) conforms(schema, await api('GET', url, cookie));
  });
});
