import { XLSX_MIME } from '@cz/shared/common';
import { shanghaiDate, shanghaiDateTime } from '@cz/shared/common/shanghai-time';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

/** The workbook media type, as the shared contracts declare it. */
export const XLSX_TYPE = XLSX_MIME;

/** Answers a workbook as a download named `name` (UTF-8 file names survive in every browser this way). */
export function sendXlsx(reply: FastifyReply, name: string, body: ArrayBuffer | Buffer | Uint8Array) {
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(Buffer.isBuffer(body) ? body : Buffer.from(body as ArrayBuffer));
}

/** An export's file name with the zone's calendar date of the download: `vouchers-2026-03-01.xlsx`. */
export function datedXlsxName(base: string, now: Date = new Date()): string {
  return `${base}-${shanghaiDate(now)}.xlsx`;
}

export type Column = { header: string; key: string; width: number };

/** One sheet with a bold, frozen header row: the shape of every list export. */
export function listWorkbook(title: string, columns: Column[], rows: Record<string, unknown>[]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(title);
  sheet.columns = columns;
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return wb.xlsx.writeBuffer();
}

/** Fen as 元 for a spreadsheet cell (a number, so that Excel can add it up). */
export const yuanCell = (fen: number) => fen / 100;

/** An instant as the zone's wall-clock time (Asia/Shanghai), 'YYYY-MM-DD HH:mm:ss'; empty when there is none. */
export const zoneTimeCell = (t: Date | string | null | undefined): string =>
  t === null || t === undefined || t === '' ? '' : shanghaiDateTime(typeof t === 'string' ? new Date(t) : t);

/** An instant as the zone's calendar date, 'YYYY-MM-DD' (a voucher valid until an instant, say). */
export const zoneDateCell = (t: Date | string | null | undefined): string =>
  t === null || t === undefined || t === '' ? '' : shanghaiDate(typeof t === 'string' ? new Date(t) : t);
