import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Every script, style sheet and page of the build also written as `.br` (best brotli) and `.gz`, once at build time:
 * the server sends these as they are instead of compressing each answer again.
 */
function precompress(): Plugin {
  return {
    name: 'cz-precompress',
    apply: 'build',
    closeBundle() {
      const dist = path.resolve(import.meta.dirname, 'dist');
      for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(js|css|html|svg|json)$/.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * Third-party code in chunks of its own, so that a copy edit or a page change leaves their names (hashes) and the
 * browser's cached copies alone. `entriesAware` splits a group by the set of pages that use its modules: the first
 * page does not download antd's table or date picker, nor echarts, until a page that needs them is opened.
 * Dictionaries live in `src/` and so are never captured by these groups.
 */
const vendorGroups = [
  {
    name: 'vendor-react',
    test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
    priority: 30,
  },
  {
    name: 'vendor-antd',
    test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion|stylis|@babel[\\/]runtime|classnames|clsx|dayjs|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|json2mq|string-convert|toggle-selection|copy-to-clipboard|resize-observer-polyfill)[\\/]/,
    priority: 20,
    entriesAware: true,
    entriesAwareMergeThreshold: 15_000,
  },
  // echarts in one chunk, loaded by the chart pages only: split by size, its pieces ran in the wrong order and the
  // chart pages failed ("p is not a constructor" from tslib's __extends).
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 20 },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 10, entriesAware: true, entriesAwareMergeThreshold: 20_000 },
];

// The server serves dist/ on one port with the API; in development Vite proxies the API to it.
export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
        // An entries-aware group is named after the pages that share it; the file keeps only the group's name.
        // A dictionary is named after its area and language (i18n-voucher.en-US-….js).
        chunkFileNames: (chunk) => {
          const dictionary = chunk.facadeModuleId?.match(/areas[\\/]([^\\/]+)[\\/]i18n[\\/]([^\\/]+)\.ts$/);
          if (dictionary) return `assets/i18n-${dictionary[1]}.${dictionary[2]}-[hash].js`;
          return `assets/${chunk.name.split('~')[0]}-[hash].js`;
        },
      },
    },
  },
});
