// `npm run measure:web [-- URL]`: the compressed JavaScript a fresh Chromium downloads to show the portal's home page,
// in each language. Start the server first (npm start); the default URL is http://localhost:3000/. The result is
// written to its section of docs/PERFORMANCE.md (MEASURE_WRITE=0 only prints it).
import os from 'node:os';
import { chromium } from 'playwright-core';
import { writeSection } from './bench/doc.ts';

/** The budget for the portal's first load: compressed JavaScript. */
const BUDGET_KB = 350;

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
const results: { locale: string; total: number; count: number; encodings: string; largest: string }[] = [];
for (const locale of ['zh-CN', 'en-US']) {
  const { total, rows, encodings } = await measure(locale);
  process.stdout.write(
    `\n${locale}: ${rows.length} scripts, ${kb(total)} transferred (${[...encodings].join(', ')})\n`,
  );
  const sorted = rows.sort((a, b) => b.bytes - a.bytes);
  for (const r of sorted) {
    process.stdout.write(`  ${kb(r.bytes).padStart(9)}  ${new URL(r.url).pathname}\n`);
  }
  results.push({
    locale,
    total,
    count: rows.length,
    encodings: [...encodings].join(', '),
    largest: sorted
      .slice(0, 3)
      .map((r) => `${new URL(r.url).pathname.replace(/^\/assets\//, '')} ${kb(r.bytes)}`)
      .join(', '),
  });
}

if (process.env.MEASURE_WRITE !== '0') {
  const rowsMd = results
    .map(
      (r) =>
        `| ${r.locale} | ${r.count} | ${kb(r.total)} | ${r.encodings} | ${r.total / 1024 <= BUDGET_KB ? 'yes' : '**no**'} | ${r.largest} |`,
    )
    .join('\n');
  const file = await writeSection(
    'first-load',
    `## Portal first load (\`npm run measure:web\`)

### Last run

- Date: ${new Date().toISOString()}
- Machine: ${os.availableParallelism()} CPU cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}
- How: \`npm run build\`, \`npm start\`, then \`npm run measure:web -- ${url}\`: a fresh Chromium (${executablePath}, cache off)
  loads the home page in each language until the network is idle; the sum is every script's encoded length as
  transferred (headers and compressed body, from the DevTools protocol's \`Network.loadingFinished\`).
- Budget: at most ${BUDGET_KB} KB of compressed JavaScript.

| language | scripts | JavaScript transferred | encoding | within budget | largest three |
| -------- | ------: | ---------------------: | -------- | ------------- | ------------- |
${rowsMd}
`,
  );
  process.stdout.write(`\nwritten to ${file}\n`);
}
