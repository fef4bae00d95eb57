import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * Noto Sans SC (SIL Open Font License), from an npm package: the market's PDFs (certificates, catalogues) need a CJK
 * font embedded, and pdfkit embeds only the glyphs used, so the files stay small.
 */
export const CJK_FONT = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
);

/** An A4 document with the CJK font selected, written by `draw`, as one buffer. */
export async function pdfBuffer(
  info: { Title: string; Subject?: string },
  draw: (doc: PDFKit.PDFDocument) => void | Promise<void>,
): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 64, info: { ...info, Creator: '长治高新区双创综合服务平台' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont('cjk', CJK_FONT);
  doc.font('cjk');
  await draw(doc);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
