import { customType } from 'drizzle-orm/pg-core';

/** A tstzrange as [start, end): PostgreSQL text form in, parsed pair out. */
export const tstzrange = customType<{ data: { start: Date; end: Date }; driverData: string }>({
  dataType: () => 'tstzrange',
  toDriver: (v) => `[${v.start.toISOString()},${v.end.toISOString()})`,
  fromDriver: (v) => parseRange(v),
});

export function parseRange(v: string): { start: Date; end: Date } {
  const m = /^[[(]"?([^",]+)"?,"?([^")]+)"?[\])]$/.exec(v);
  if (!m) throw new Error(`not a closed range: ${v}`);
  return { start: new Date(m[1] as string), end: new Date(m[2] as string) };
}
