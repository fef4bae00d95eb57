// `npm run measure:web [-- URL]`: the compressed JavaScript a fresh Chromium downloads to show the portal's home page,
// in each language. Start the server first (npm start); the default URL is http://localhost:3000/.
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? process.env.MEASURE_URL ?? 'http://localhost:3000/';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Row = { url: string; bytes: number };

/** Transferred bytes (headers and compressed body, as on the wire) of every script the page loads. */
async function measure(locale: string): Promise<{ total: number; rows: Row[]; encodings: Set<string> }> {
  const browser = await chromium.launch({ executablePath, args });
  try {
    const context = await browser.newContext();
    await context.addInitScript((l) => localStorage.setItem('cz.locale', l), locale);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const scripts = new Map<string, string>();
    const encodings = new Set<string>();
    const rows: Row[] = [];
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script' || e.response.mimeType.includes('javascript')) {
        scripts.set(e.requestId, e.response.url);
        encodings.add(
          String(e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? 'none'),
        );
      }
    });
    cdp.on('Network.loadingFinished', (e) => {
      const u = scripts.get(e.requestId);
      if (u) rows.push({ url: u, bytes: e.encodedDataLength });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    return { total: rows.reduce((s, r) => s + r.bytes, 0), rows, encodings };
  } finally {
    await browser.close();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const locale of ['zh-CN', 'en-US']) {
  const { total, rows, encodings } = await measure(locale);
  process.stdout.write(
    `\n${locale}: ${rows.length} scripts, ${kb(total)} transferred (${[...encodings].join(', ')})\n`,
  );
  for (const r of rows.sort((a, b) => b.bytes - a.bytes)) {
    process.stdout.write(`  ${kb(r.bytes).padStart(9)}  ${new URL(r.url).pathname}\n`);
  }
}
