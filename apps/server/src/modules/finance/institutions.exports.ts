import { xlsxResponse } from '@cz/shared';
import {
  type Consent,
  consentListQuerySchema,
  factReadQuerySchema,
  type Institution,
  institutionListQuerySchema,
} from '@cz/shared/finance';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { ANYONE } from '../../kernel/http.ts';
import { allPages } from '../../kernel/paging.ts';
import type { ConsentService } from './consents.service.ts';
import { FACT_SCOPE_ZH, INSTITUTION_KIND_ZH, wordsOf } from './finance.words.ts';
import type { InstitutionService } from './institutions.service.ts';

const xlsx = (description: string) => ({ 200: xlsxResponse(description) });
const noPaging = { page: true, pageSize: true } as const;

export const institutionExportRows = (items: Institution[]) =>
  items.map((i) => ({
    orgId: i.orgId,
    name: i.name,
    kind: INSTITUTION_KIND_ZH[i.kind],
    branches: i.branches.map((b) => (b.techBranch ? `${b.name}（科技专业支行）` : b.name)).join('、'),
    techBranches: i.branches.filter((b) => b.techBranch).length,
    products: i.productCount,
    contact: i.contactName,
    phone: i.contactPhone,
  }));

/** A consent's state in words: in force, revoked, or past its date. */
const consentState = (c: Consent) => (c.active ? '有效' : c.revokedAt ? '已撤销' : '已到期');

export const consentExportRows = (items: Consent[]) =>
  items.map((c) => ({
    id: c.id,
    org: c.orgName,
    institution: c.institutionName,
    scopes: wordsOf(c.scopes, FACT_SCOPE_ZH),
    validUntil: c.validUntil,
    needId: c.needId ?? '',
    grantedAt: zoneTimeCell(c.grantedAt),
    revokedAt: zoneTimeCell(c.revokedAt),
    state: consentState(c),
    reads: c.reads,
  }));

/** The supermarket's institutions, consents to share facts and the reads under them, as Excel. */
export function institutionExportRoutes({
  institutions,
  consents,
}: {
  institutions: InstitutionService;
  consents: ConsentService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['finance'];
    app.get('/finance/institutions/export.xlsx', {
      schema: {
        tags,
        summary: 'The supermarket’s institutions as Excel, with the filters of the list',
        security: ANYONE(),
        querystring: institutionListQuerySchema.omit(noPaging),
        response: xlsx('The institutions matching the filter'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => institutions.list({ ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '金融机构 Institutions',
          [
            { header: '编号 ID', key: 'orgId', width: 8 },
            { header: '机构 Institution', key: 'name', width: 30 },
            { header: '类型 Kind', key: 'kind', width: 12 },
            { header: '网点 Branches', key: 'branches', width: 40 },
            { header: '科技专业支行 Tech branches', key: 'techBranches', width: 12 },
            { header: '上架产品 Products', key: 'products', width: 10 },
            { header: '联系人 Contact', key: 'contact', width: 12 },
            { header: '联系电话 Phone', key: 'phone', width: 16 },
          ],
          institutionExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('finance-institutions'), body);
      },
    });
    app.get('/finance/consents/export.xlsx', {
      schema: {
        tags,
        summary: 'Consents as Excel: those my enterprise gave, or those given to my institution',
        querystring: consentListQuerySchema.omit(noPaging),
        response: xlsx('The consents matching the filter'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => consents.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '信息授权 Consents',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '企业 Enterprise', key: 'org', width: 28 },
            { header: '机构 Institution', key: 'institution', width: 28 },
            { header: '授权范围 Scopes', key: 'scopes', width: 30 },
            { header: '截止日期 Valid until', key: 'validUntil', width: 12 },
            { header: '关联需求 Need', key: 'needId', width: 10 },
            { header: '授权时间 Granted', key: 'grantedAt', width: 20 },
            { header: '撤销时间 Revoked', key: 'revokedAt', width: 20 },
            { header: '状态 Status', key: 'state', width: 10 },
            { header: '查看次数 Reads', key: 'reads', width: 10 },
          ],
          consentExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('finance-consents'), body);
      },
    });
    app.get('/finance/consent-reads/export.xlsx', {
      schema: {
        tags,
        summary: 'Every read of my enterprise’s shared facts as Excel, newest first',
        querystring: factReadQuerySchema.omit(noPaging),
        response: xlsx('The reads matching the filter'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          consents.reads(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '信息查看记录 Fact reads',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '授权编号 Consent', key: 'consentId', width: 10 },
            { header: '机构 Institution', key: 'institution', width: 28 },
            { header: '查看人 Reader', key: 'reader', width: 16 },
            { header: '查看范围 Scopes', key: 'scopes', width: 30 },
            { header: '查看时间 Read at', key: 'readAt', width: 20 },
          ],
          items.map((r) => ({
            id: r.id,
            consentId: r.consentId,
            institution: r.institutionName,
            reader: r.readerName,
            scopes: wordsOf(r.scopes, FACT_SCOPE_ZH),
            readAt: zoneTimeCell(r.readAt),
          })),
        );
        return sendXlsx(reply, datedXlsxName('finance-fact-reads'), body);
      },
    });
  };
}
