/**
 * Renders the instrument category illustrations (apps/web/src/areas/instrument/illustrations/*.svg) to the PNG
 * photos the demo seed stores as instrument pictures (uploads accept PNG and JPEG only). Run after changing an
 * illustration: `npx node scripts/render-illustrations.ts`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../e2e/browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const from = path.join(root, 'apps/web/src/areas/instrument/illustrations');
const to = path.join(root, 'apps/server/src/seed/photos');

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 640, height: 360 } });
  for (const file of (await readdir(from)).filter((f) => f.endsWith('.svg')).sort()) {
    const svg = await readFile(path.join(from, file), 'utf8');
    await page.setContent(
      `<html><body style="margin:0"><img style="display:block;width:640px;height:360px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: path.join(to, file.replace(/\.svg$/, '.png')), type: 'png' });
    process.stdout.write(`${file}\n`);
  }
} finally {
  await browser.close();
}
