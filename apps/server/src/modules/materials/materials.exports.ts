import {
  MATERIAL_KINDS,
  type Material,
  type MaterialReview,
  type MaterialValidity,
  materialListQuerySchema,
  vaultQuerySchema,
  xlsxResponse,
} from '@cz/shared';
import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datedXlsxName, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { bilingualHeader } from '../../kernel/excel-import.ts';
import { allPages } from '../../kernel/paging.ts';
import type { MaterialsService } from './materials.service.ts';

const VALIDITY_ZH: Record<MaterialValidity, string> = {
  valid: '有效',
  expiring: '即将到期',
  expired: '已过期',
  not_yet_valid: '未生效',
};
const REVIEW_ZH: Record<MaterialReview, string> = { pending: '待核验', checked: '已核验', rejected: '已驳回' };

const periodText = (m: Material) =>
  m.year !== null ? `${m.year} 年度` : `${m.validFrom ?? ''} – ${m.validTo ?? '长期'}`;

export async function materialsWorkbook(items: Material[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('企业材料 Materials');
  bilingualHeader(sheet, [
    { key: 'id', zh: '编号', en: 'ID', width: 8 },
    { key: 'orgName', zh: '企业', en: 'Enterprise', width: 28 },
    { key: 'kind', zh: '材料类型', en: 'Kind', width: 22 },
    { key: 'title', zh: '名称', en: 'Title', width: 28 },
    { key: 'period', zh: '年度/有效期', en: 'Year / validity', width: 24 },
    { key: 'validity', zh: '有效状态', en: 'Validity', width: 10 },
    { key: 'review', zh: '核验', en: 'Review', width: 10 },
    { key: 'rejectReason', zh: '驳回原因', en: 'Rejection reason', width: 24 },
    { key: 'uses', zh: '已被申报使用', en: 'Used by applications', width: 10 },
    { key: 'status', zh: '状态', en: 'Status', width: 10 },
    { key: 'createdAt', zh: '上传时间', en: 'Uploaded at', width: 20 },
  ]);
  for (const m of items)
    sheet.addRow({
      id: m.id,
      orgName: m.orgName,
      kind: MATERIAL_KINDS[m.kind].zh,
      title: m.title,
      period: periodText(m),
      validity: VALIDITY_ZH[m.validity],
      review: REVIEW_ZH[m.review],
      rejectReason: m.rejectReason ?? '',
      uses: m.uses,
      status: m.status === 'current' ? '在用' : '已被替换',
      createdAt: zoneTimeCell(m.createdAt),
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The administration's list and an enterprise's vault as Excel, with their lists' filters. */
export function materialsExportRoutes({ materials }: { materials: MaterialsService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/materials/export.xlsx', {
      schema: {
        tags: ['materials'],
        summary: "Every enterprise's materials as Excel, with the filters of the list (admin)",
        querystring: materialListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The materials matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          materials.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        return sendXlsx(reply, datedXlsxName('materials'), await materialsWorkbook(items));
      },
    });
    app.get('/materials/orgs/:orgId/export.xlsx', {
      schema: {
        tags: ['materials'],
        summary: "An enterprise's vault as Excel, with the search and filters of the list (its members, admins)",
        params: z.object({ orgId: z.coerce.number().int().positive() }),
        querystring: vaultQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse("The enterprise's materials as an Excel workbook") },
      },
      handler: async (request, reply) => {
        const { orgId } = request.params;
        const items = await allPages((page) =>
          materials.vault(request.actor, orgId, { ...request.query, page, pageSize: 200 }),
        );
        return sendXlsx(reply, datedXlsxName(`materials-${orgId}`), await materialsWorkbook(items));
      },
    });
  };
}
