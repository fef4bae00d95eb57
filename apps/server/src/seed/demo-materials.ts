import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addDays, type MaterialKind, type MaterialReview, shanghaiDate } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit/audit.ts';
import type { Tx } from '../kernel/db/connection.ts';
import { remindExpiring } from '../modules/materials/materials.jobs.ts';
import { materials } from '../modules/materials/materials.table.ts';
import { attachUploads } from '../modules/upload/index.ts';

/** UTF-16BE hex of a text, as a PDF string in the UniGB-UCS2-H encoding. */
const ucs2Hex = (text: string) =>
  [...text].map((c) => (c.codePointAt(0) ?? 0x3f).toString(16).padStart(4, '0').toUpperCase()).join('');

/**
 * A one-page PDF showing `lines`, in Adobe's STSong-Light (a standard CJK font that PDF readers supply, so nothing
 * is embedded and the file stays under 2 KB).
 */
export function samplePdf(title: string, lines: string[]): Buffer {
  const text = [title, ...lines]
    .map((l, i) => `${i === 0 ? '/F1 20 Tf' : '/F1 12 Tf'} <${ucs2Hex(l)}> Tj 0 -${i === 0 ? 36 : 22} Td`)
    .join('\n');
  const content = `BT\n72 760 Td\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    `<< /Title <FEFF${ucs2Hex(title)}> /Producer (demo seed) >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Stores a demo file as an upload (on disk when the server keeps uploads there), held by the demo user. */
export async function storeUpload(
  tx: Tx,
  dir: string | undefined,
  body: Buffer,
  name: string,
  user: { userId: number; orgId: number },
) {
  const hash = createHash('sha256').update(body).digest('hex');
  if (dir) {
    const target = path.join(dir, hash.slice(0, 2), hash);
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, body);
      await rename(tmp, target);
    }
  }
  await tx.execute(sql`
    INSERT INTO uploads (hash, size, mime, original_name, uploaded_by)
    VALUES (${hash}, ${body.length}, 'application/pdf', ${name}, ${user.userId})
    ON CONFLICT (hash) DO NOTHING`);
  await tx.execute(sql`
    INSERT INTO upload_holders (hash, user_id, org_id) VALUES (${hash}, ${user.userId}, ${user.orgId})
    ON CONFLICT (hash, user_id) DO NOTHING`);
  return hash;
}

type DemoMaterial = {
  kind: MaterialKind;
  title: string;
  year?: number;
  validFrom?: string;
  validTo?: string | null;
  review: MaterialReview;
  lines: string[];
};

/**
 * The demo enterprise's vault: its business licence, financial statements of the last two years, last year's audit
 * report (waiting for the administration's check), a 高企 certificate ending in 20 days — whose reminder is sent
 * here, so the enterprise finds it on first start — and a quality certificate that has expired. Every file is a
 * small fictional PDF marked 示例.
 */
export async function seedMaterialsDemo(
  tx: Tx,
  ctx: {
    now: Date;
    year: number;
    enterprise: { userId: number; orgId: number; name: string; foundedOn: string | null };
    adminUserId: number | null;
    uploadDir?: string | undefined;
  },
) {
  const today = shanghaiDate(ctx.now);
  const hteEnd = addDays(today, 20);
  const [y, m, d] = hteEnd.split('-').map(Number) as [number, number, number];
  const hteStart = addDays(`${y - 3}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 1);
  const sample = '本文件为平台演示用示例材料，内容虚构。';
  const org = ctx.enterprise.name;
  const list: DemoMaterial[] = [
    {
      kind: 'business_licence',
      title: '营业执照（示例）',
      validFrom: ctx.enterprise.foundedOn ?? '2012-03-15',
      validTo: null,
      review: 'checked',
      lines: [`名称：${org}`, '统一社会信用代码：示例', '营业期限：长期', sample],
    },
    ...[ctx.year - 1, ctx.year - 2].map(
      (year): DemoMaterial => ({
        kind: 'financial_statements',
        title: `${year}年度财务报表（示例）`,
        year,
        review: 'checked',
        lines: [`编制单位：${org}`, `${year}年度 资产负债表、利润表、现金流量表`, sample],
      }),
    ),
    {
      kind: 'audit_report',
      title: `${ctx.year - 1}年度审计报告（示例）`,
      year: ctx.year - 1,
      review: 'pending',
      lines: [`被审计单位：${org}`, '审计机构：示例会计师事务所', sample],
    },
    {
      kind: 'hte_certificate',
      title: '高新技术企业证书（示例）',
      validFrom: hteStart,
      validTo: hteEnd,
      review: 'checked',
      lines: [`企业名称：${org}`, '证书编号：GR示例', `发证时间：${hteStart}  有效期：三年`, sample],
    },
    {
      kind: 'qualification',
      title: '质量管理体系认证证书（示例）',
      validFrom: addDays(today, -1135),
      validTo: addDays(today, -40),
      review: 'checked',
      lines: [`获证组织：${org}`, '认证标准：GB/T 19001 示例', sample],
    },
  ];
  const system = { userId: -1, role: 'superadmin' as const, orgId: null, ip: null, requestId: 'demo-seed' };
  for (const item of list) {
    const name = `${item.title}.pdf`;
    const file = await storeUpload(tx, ctx.uploadDir, samplePdf(item.title, item.lines), name, ctx.enterprise);
    const [row] = await tx
      .insert(materials)
      .values({
        orgId: ctx.enterprise.orgId,
        kind: item.kind,
        title: item.title,
        year: item.year ?? null,
        validFrom: item.validFrom ?? null,
        validTo: item.validTo ?? null,
        file,
        fileName: name,
        review: item.review,
        reviewedAt: item.review === 'pending' ? null : ctx.now,
        reviewedBy: item.review === 'pending' ? null : ctx.adminUserId,
        createdBy: ctx.enterprise.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) continue;
    await attachUploads(tx, system, { kind: 'material', id: row.id, orgIds: [ctx.enterprise.orgId] }, [file]);
    await recordAudit(tx, null, { action: 'materials.create', entity: 'material', entityId: row.id, after: row });
  }
  const reminders = await remindExpiring(tx, ctx.now);
  return { materials: list.length, materialReminders: reminders };
}
