import ExcelJS from 'exceljs';
import type { z } from 'zod';

/** A column of an import template (and of the export that starts with it): its key and a header in both languages. */
export type BilingualColumn = { key: string; zh: string; en: string; width: number; required?: boolean };

/** The header row of a template or an export: `中文*` over `English`, bold, wrapped and frozen. */
export function bilingualHeader(sheet: ExcelJS.Worksheet, columns: BilingualColumn[]) {
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  const row = sheet.getRow(1);
  columns.forEach((c, i) => {
    row.getCell(i + 1).value = `${c.zh}${c.required ? '*' : ''}\n${c.en}`;
  });
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: 'middle' };
  row.height = 32;
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * A cell as text: dates as 'YYYY-MM-DD', formulas by their result, hyperlinks and rich text by their words.
 * `trimFormatted: false` leaves hyperlink and rich-text words as they are (plain values are always trimmed).
 */
export function cellText(value: ExcelJS.CellValue, opts: { trimFormatted?: boolean } = {}): string {
  const trim = opts.trimFormatted ?? true;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value) return trim ? String(value.text).trim() : String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue, opts);
    if ('richText' in value) {
      const text = value.richText.map((r) => r.text).join('');
      return trim ? text.trim() : text;
    }
  }
  return String(value).trim();
}

export type ImportError = { row: number; field: string | null; code: string; message: string };

/** What a row parser sees: the row's cells by column key, its number, and where to put its problems. */
export type ImportRow = { raw: Record<string, string>; row: number; errors: ImportError[] };

/**
 * Reads the first sheet of an .xlsx (row 1 the header, cells by the columns' order); empty rows are skipped.
 * `parseRow` answers a row's value, or nothing when it found problems (which it adds to the row's errors).
 */
export async function parseImportWorkbook<T>(
  buffer: Buffer,
  columns: { key: string }[],
  parseRow: (row: ImportRow) => T | undefined,
  opts: { trimFormatted?: boolean } = {},
): Promise<{ rows: { row: number; value: T }[]; errors: ImportError[]; total: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const rows: { row: number; value: T }[] = [];
  const errors: ImportError[] = [];
  let total = 0;
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber === 1) return;
    const raw: Record<string, string> = {};
    columns.forEach((c, i) => {
      raw[c.key] = cellText(r.getCell(i + 1).value, opts);
    });
    if (Object.values(raw).every((v) => v === '')) return;
    total++;
    const rowErrors: ImportError[] = [];
    const value = parseRow({ raw, row: rowNumber, errors: rowErrors });
    errors.push(...rowErrors);
    if (value !== undefined && rowErrors.length === 0) rows.push({ row: rowNumber, value });
  });
  return { rows, errors, total };
}

/**
 * A row checked by its zod schema: the parsed value, or nothing with one error per field the row parser has not
 * already complained about. `codeOf` names the error code of an issue on a field.
 */
export function checkImportRow<S extends z.ZodType>(
  schema: S,
  candidate: unknown,
  { row, errors }: ImportRow,
  codeOf: (field: string | null, message: string) => string,
): z.output<S> | undefined {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || null;
    if (errors.some((e) => e.field === field)) continue;
    errors.push({ row, field, code: codeOf(field, issue.message), message: `${field ?? 'row'}: ${issue.message}` });
  }
  return undefined;
}
