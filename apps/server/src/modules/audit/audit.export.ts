import { type AuditEntry, auditActionLabel, auditActorLabel, auditEntityLabel } from '@cz/shared';
import { type Column, listWorkbook, zoneTimeCell } from '../../kernel/excel.ts';

type Locale = 'zh-CN' | 'en-US';

const HEADERS: Record<Locale, { sheet: string; columns: [key: string, header: string, width: number][] }> = {
  'zh-CN': {
    sheet: '审计日志',
    columns: [
      ['at', '时间（北京时间）', 20],
      ['actor', '操作人', 24],
      ['action', '操作', 24],
      ['entity', '对象类型', 16],
      ['entityId', '对象编号', 12],
      ['ip', 'IP 地址', 16],
      ['code', '操作代码', 26],
    ],
  },
  'en-US': {
    sheet: 'Audit log',
    columns: [
      ['at', 'Time (Beijing time)', 20],
      ['actor', 'By', 24],
      ['action', 'Action', 28],
      ['entity', 'Record type', 18],
      ['entityId', 'Record no.', 12],
      ['ip', 'IP address', 16],
      ['code', 'Action code', 26],
    ],
  },
};

/**
 * The audit log as a workbook in words: who (a name, or the system), what and on which record, at Shanghai time. The
 * code stays in a last column, for whoever searches the log by it.
 */
export function auditWorkbook(entries: AuditEntry[], locale: Locale) {
  const h = HEADERS[locale];
  const columns: Column[] = h.columns.map(([key, header, width]) => ({ key, header, width }));
  return listWorkbook(
    h.sheet,
    columns,
    entries.map((e) => ({
      at: zoneTimeCell(e.at),
      actor: auditActorLabel(e.actorId, e.actorName, locale),
      action: auditActionLabel(e.action, locale),
      entity: auditEntityLabel(e.entity, locale),
      entityId: e.entityId ?? '',
      ip: e.ip ?? '',
      code: e.action,
    })),
  );
}
