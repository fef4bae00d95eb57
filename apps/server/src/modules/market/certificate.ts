import { fenToYuan } from '@cz/shared';
import { CONTRACT_KIND_INFO, type Registration } from '@cz/shared/market';
import QRCode from 'qrcode';
import { pdfBuffer } from './pdf.ts';

const yuan = (fen: number) =>
  `¥${fenToYuan(fen).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The page the certificate's QR code opens: anyone checks the number against the platform's record. */
export const verifyUrl = (publicUrl: string, number: string, code: string) =>
  `${publicUrl.replace(/\/$/, '')}/verify/contract/${number}?code=${code}`;

/**
 * 技术合同登记证明: the registration number, the contract's kind and parties, 成交额 and 技术交易额 (both, as the 2026
 * 办法 asks), the tax treatments it opens, and a QR code to the verification page. A4, one page.
 */
export async function certificatePdf(
  r: Registration,
  verify: { url: string; code: string },
  pointName: string,
): Promise<Buffer> {
  const qr = await QRCode.toBuffer(verify.url, { margin: 1, width: 280, errorCorrectionLevel: 'M' });
  return pdfBuffer({ Title: `技术合同登记证明 ${r.number}`, Subject: r.contractTitle }, (doc) => {
    const left = 64;
    const width = doc.page.width - 128;

    doc.fontSize(24).text('技术合同登记证明', left, 80, { width, align: 'center' });
    doc.fontSize(11).fillColor('#555').text('Technology Contract Registration Certificate', { width, align: 'center' });
    doc.moveDown(2).fillColor('#000');

    const rows: [string, string][] = [
      ['登记号 Registration No.', r.number ?? ''],
      ['合同名称 Contract', r.contractTitle],
      ['合同类型 Kind', `${CONTRACT_KIND_INFO[r.kind].zh}（${CONTRACT_KIND_INFO[r.kind].article}）`],
      ['卖方（登记方）Seller', r.sellerName],
      ['买方 Buyer', r.buyerName],
      ['成交额 Contract amount', yuan(r.amountFen)],
      ['技术交易额 Technology trade amount', yuan(r.techTradeFen)],
      ['登记日期 Registered on', r.registeredOn ?? ''],
      ['登记机构 Registration point', pointName],
    ];
    let y = doc.y;
    for (const [label, value] of rows) {
      doc.fontSize(10).fillColor('#555').text(label, left, y, { width: 170 });
      doc
        .fontSize(12)
        .fillColor('#000')
        .text(value, left + 180, y, { width: width - 180 });
      y = Math.max(doc.y, y + 18) + 8;
    }

    if (r.taxBenefits.length > 0) {
      doc
        .moveDown(1)
        .fontSize(12)
        .text('可享受的税收优惠 Tax treatment', left, y + 8, { width });
      for (const b of r.taxBenefits)
        doc.fontSize(10).fillColor('#000').text(`· ${b.zh}（${b.document}）`, { width, indent: 8 });
    }

    const qrY = doc.page.height - 64 - 150;
    doc.image(qr, left, qrY, { width: 120 });
    doc
      .fontSize(9)
      .fillColor('#555')
      .text(
        `扫描二维码，或在平台“合同登记核验”页输入登记号与核验码 ${verify.code}，核对本证明与登记记录是否一致。\nScan the code, or enter the number and the verification code on the platform's verification page.`,
        left + 136,
        qrY + 10,
        { width: width - 136 },
      );
  });
}
