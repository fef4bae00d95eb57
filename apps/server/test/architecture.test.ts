// Guard rails of the layout (docs/ARCHITECTURE.md): the kernel imports no module, modules reach each other only
// through index.ts and without cycles, a façade offers no tables or repositories, and app/ is the top of the stack.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');
const rel = (abs: string) => path.relative(SRC, abs).split(path.sep).join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every relative import and re-export of a file, resolved to a path under src/. */
function importsOf(file: string): { target: string; typeOnly: boolean; line: string }[] {
  const text = readFileSync(file, 'utf8');
  const out: { target: string; typeOnly: boolean; line: string }[] = [];
  const re =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(re)) {
    const spec = m[4] ?? m[5];
    if (!spec) continue;
    out.push({
      target: rel(path.resolve(path.dirname(file), spec)),
      typeOnly: Boolean(m[2]),
      line: m[0].trim().split('\n')[0] ?? '',
    });
  }
  return out;
}

const files = sourceFiles(SRC);
const code = files.filter((f) => !/\.test\.tsx?$/.test(f));
const moduleOf = (p: string) => /^modules\/([^/]+)\//.exec(p)?.[1];

describe('the layout of the server', () => {
  it('has a kernel that imports no module and nothing of the assembly', () => {
    const wrong = code
      .filter((f) => rel(f).startsWith('kernel/'))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => !i.target.startsWith('kernel/'))
          .map((i) => `${rel(f)} → ${i.target}`),
      );
    expect(wrong).toEqual([]);
  });

  it("lets a module reach another module only through that module's index.ts", () => {
    const wrong = code.flatMap((f) => {
      const from = moduleOf(rel(f));
      if (!from) return [];
      return importsOf(f)
        .filter((i) => {
          const to = moduleOf(i.target);
          if (i.target.startsWith('app/') || i.target.startsWith('cli/') || i.target.startsWith('seed/')) return true;
          return to !== undefined && to !== from && i.target !== `modules/${to}/index.ts`;
        })
        .map((i) => `${rel(f)} → ${i.target}`);
    });
    expect(wrong).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    const edges = new Map<string, Set<string>>();
    for (const f of code) {
      const from = moduleOf(rel(f));
      if (!from) continue;
      for (const i of importsOf(f)) {
        const to = moduleOf(i.target);
        if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (trail.includes(node)) {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const start of edges.keys()) visit(start, []);
    expect([...new Set(cycles)]).toEqual([]);
  });

  it('offers no tables or repositories from a façade (published read views are the way to read)', () => {
    const wrong = code
      .filter((f) => /^modules\/[^/]+\/index\.ts$/.test(rel(f)))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => i.line.startsWith('export') && !i.typeOnly && /\.(table|repository)\.ts$/.test(i.target))
          .map((i) => `${rel(f)}: ${i.line}`),
      );
    expect(wrong).toEqual([]);
  });

  it('keeps app/ at the top: imported by nothing but main.ts, the command-line tools and itself', () => {
    const wrong = code.flatMap((f) => {
      const from = rel(f);
      if (from === 'main.ts' || from.startsWith('cli/') || from.startsWith('app/')) return [];
      return importsOf(f)
        .filter((i) => i.target.startsWith('app/'))
        .map((i) => `${from} → ${i.target}`);
    });
    expect(wrong).toEqual([]);
  });

  it('defines routes only in route files (*.routes.ts, the Excel exports), never in services or repositories', () => {
    const wrong = code
      .filter((f) => moduleOf(rel(f)) && readFileSync(f, 'utf8').includes("from 'fastify-type-provider-zod'"))
      .map(rel)
      .filter((f) => !/\.(routes|exports)\.ts$/.test(f));
    expect(wrong).toEqual([]);
  });

  it('lists every module folder in app/modules.ts', () => {
    const folders = readdirSync(path.join(SRC, 'modules'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    const listed = readFileSync(path.join(SRC, 'app/modules.ts'), 'utf8');
    expect(folders.filter((m) => !listed.includes(`'../modules/${m}/index.ts'`))).toEqual([]);
  });

  it("reads no other area's table in raw SQL beyond the known reads still to move behind a view or a façade", () => {
    // Which module owns a table: the module whose *.table.ts or *.views.ts defines it.
    const owner = new Map<string, string>();
    const published = new Set<string>();
    for (const f of code.filter((x) => /\.(table|views)\.ts$/.test(x))) {
      const mod = moduleOf(rel(f)) ?? 'kernel';
      for (const m of readFileSync(f, 'utf8').matchAll(/pg(Table|View)\(\s*'([a-z_]+)'/g)) {
        owner.set(m[2] as string, mod);
        if (m[1] === 'View') published.add(m[2] as string);
      }
    }
    const found = new Set<string>();
    for (const f of code) {
      const mod = moduleOf(rel(f));
      if (!mod) continue;
      for (const m of readFileSync(f, 'utf8').matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+([a-z_]+)/g)) {
        const table = m[1] as string;
        const by = owner.get(table);
        // Published views are meant to be read by others.
        if (by && by !== mod && by !== 'kernel' && !published.has(table))
          found.add(`${rel(f).replace(/^modules\//, '')} → ${table}`);
      }
    }
    // Reads that predate the façades. The list only shrinks: a new cross-area read fails here, and so does an entry
    // that no longer happens (remove it). See docs/ARCHITECTURE.md.
    const known = [
      'booking/booking.repository.ts → instruments',
      'catalog/catalog.repository.ts → instruments',
      'instrument/instrument.repository.ts → bookings',
      'notification/notification.mailer.ts → users',
      'order/order.repository.ts → bookings',
      'sharing/sharing.repository.ts → bookings',
      'sharing/sharing.repository.ts → instruments',
      'sharing/sharing.repository.ts → org_affiliations',
      'sharing/sharing.repository.ts → organisations',
      'sharing/sharing.repository.ts → service_orders',
      'sharing/sharing.repository.ts → usage_records',
    ];
    expect([...found].filter((r) => !known.includes(r)).sort(), 'new reads of other areas’ tables').toEqual([]);
    expect(
      known.filter((r) => !found.has(r)),
      'entries that no longer happen',
    ).toEqual([]);
  });
});
