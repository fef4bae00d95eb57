import type pg from 'pg';
import { words } from '../../apps/server/src/kernel/db/search.ts';
import { demoUscc } from '../../apps/server/src/seed/demo.ts';

export const INSTRUMENT_FRAGMENTS = ['显微镜', '质谱', '光伏', '试验箱', '测量', '分析仪'];

const NAMES = [
  '场发射扫描电子显微镜',
  '透射电子显微镜',
  '原子力显微镜',
  'X射线衍射仪',
  '电感耦合等离子体质谱仪',
  '气相色谱质谱联用仪',
  '液相色谱质谱联用仪',
  '光伏组件IV测试仪',
  '光伏组件EL缺陷测试仪',
  '高低温湿热试验箱',
  '盐雾腐蚀试验箱',
  '三坐标测量机',
  '激光干涉测量系统',
  '同步热分析仪',
  '比表面积及孔径分析仪',
  '激光粒度分析仪',
  '万能材料试验机',
  '傅里叶变换红外光谱仪',
  '紫外可见分光光度计',
  '纳米压痕仪',
];
const ALL_DAY = JSON.stringify(
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])),
);

/**
 * 20 fictional providers with 10 instruments each (open around the clock, instant booking, 30-minute grid), and
 * `perInstrument` completed past bookings per instrument — each with its order and usage record — two a day going
 * back from yesterday. Plain SQL with generate_series: 200,000 bookings take seconds, not minutes.
 */
export async function seedInstruments(
  pool: pg.Pool,
  perInstrument: number,
): Promise<{ instruments: number; bookings: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const providers = await client.query<{ id: number }>(
      `INSERT INTO organisations (kind, name, uscc, status, verified_at)
       SELECT 'provider', '示例基准检测机构' || g, u, 'verified', now()
       FROM unnest($1::text[]) WITH ORDINALITY AS t(u, g)
       RETURNING id`,
      [Array.from({ length: 20 }, (_, i) => demoUscc(900_000 + i))],
    );
    const providerIds = providers.rows.map((r) => r.id);
    await client.query(
      `WITH defs AS (
         SELECT o.id AS provider_id, o.name AS provider_name,
                ($2::text[])[1 + (o.id + k) % array_length($2::text[], 1)] || '-' || o.id || '-' || k AS name,
                ($4::text[])[1 + (o.id + k) % array_length($4::text[], 1)] AS words
         FROM organisations o CROSS JOIN generate_series(1, 10) AS k
         WHERE o.id = ANY($1::bigint[])
       ), s AS (
         INSERT INTO services (provider_id, category, title, description, pricing, price, voucher_eligible, search)
         SELECT provider_id, 'instrument', name, '基准测试用仪器', 'hourly', 40000, true,
                setweight(to_tsvector('simple', words), 'A') || to_tsvector('simple', provider_name)
         FROM defs
         RETURNING id, provider_id, title
       )
       INSERT INTO instruments (provider_id, service_id, name, category, original_value, price_internal, price_external,
                                opening_hours, min_minutes, max_minutes, slot_minutes, horizon_days, min_notice_minutes,
                                buffer_minutes, approval_required)
       SELECT provider_id, id, title, 'other', 100000000, 20000, 40000, $3::jsonb, 30, 480, 30, 730, 0, 0, false FROM s`,
      [providerIds, NAMES, ALL_DAY, NAMES.map((n) => words(n).join(' '))],
    );
    // Buyers: the demo's verified enterprises, through their accounts.
    await client.query(`
      CREATE TEMP TABLE buyers ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY m.org_id) AS n, m.org_id, m.user_id
      FROM memberships m JOIN organisations o ON o.id = m.org_id AND o.kind = 'enterprise' AND o.status = 'verified'`);
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM buyers');
    const buyers = rows[0]?.n ?? 0;
    if (buyers === 0) throw new Error('no buyer accounts: seed the demo first');
    // One row per (instrument, g): day = yesterday − ⌊(g−1)/2⌋, 09:00–11:00 or 14:00–16:00 Asia/Shanghai.
    await client.query(
      `CREATE TEMP TABLE plan ON COMMIT DROP AS
       SELECT i.id AS instrument_id, i.service_id, i.provider_id, b.org_id, b.user_id,
              tstzrange(t0, t0 + interval '2 hours') AS period
       FROM instruments i
       CROSS JOIN generate_series(1, $1::int) AS g
       CROSS JOIN LATERAL (
         SELECT (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') - ((g - 1) / 2 + 1) * interval '1 day'
                 + CASE WHEN g % 2 = 0 THEN interval '9 hours' ELSE interval '14 hours' END) AT TIME ZONE 'Asia/Shanghai' AS t0
       ) t
       JOIN buyers b ON b.n = 1 + (i.id * 7 + g) % $2::int
       WHERE i.provider_id = ANY($3::bigint[])`,
      [perInstrument, buyers, providerIds],
    );
    await client.query(`ALTER TABLE plan ADD COLUMN order_id bigint`);
    // The per-row trigger that keeps rating totals would update the service rows 200,000 times: recompute once instead.
    await client.query('ALTER TABLE service_orders DISABLE TRIGGER service_orders_totals_ins');
    await client.query(`
      WITH numbered AS (SELECT ctid AS c, row_number() OVER () AS rn FROM plan),
      o AS (
        INSERT INTO service_orders (service_id, provider_id, buyer_org_id, buyer_user_id, status, amount, rating, quoted_at, accepted_at, delivered_at, completed_at, created_at, updated_at, request_note)
        SELECT p.service_id, p.provider_id, p.org_id, p.user_id, 'completed', 80000, CASE WHEN n.rn % 3 = 0 THEN 5 ELSE NULL END,
               lower(p.period), lower(p.period), upper(p.period), upper(p.period), lower(p.period), upper(p.period), n.rn::text
        FROM plan p JOIN numbered n ON n.c = p.ctid
        RETURNING id, request_note
      )
      UPDATE plan SET order_id = o.id FROM numbered n JOIN o ON o.request_note = n.rn::text WHERE plan.ctid = n.c`);
    await client.query(`
      WITH b AS (
        INSERT INTO bookings (instrument_id, order_id, user_id, org_id, period, blocked, status, created_at, updated_at)
        SELECT instrument_id, order_id, user_id, org_id, period, period, 'completed', lower(period), upper(period) FROM plan
        RETURNING id, period, org_id, instrument_id
      )
      INSERT INTO usage_records (booking_id, actual, billed_minutes, hourly_price, fee, external, recorded_at)
      SELECT b.id, b.period, 120, 40000, 80000, true, upper(b.period) FROM b`);
    await client.query('ALTER TABLE service_orders ENABLE TRIGGER service_orders_totals_ins');
    await client.query(`
      UPDATE services s SET rating_sum = t.rs, rating_count = t.rc, completed_count = t.cc
      FROM (SELECT service_id, coalesce(sum(rating), 0) AS rs, count(rating) AS rc, count(*) FILTER (WHERE status = 'completed') AS cc
            FROM service_orders GROUP BY service_id) t
      WHERE t.service_id = s.id`);
    const count = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM plan');
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return { instruments: providerIds.length * 10, bookings: count.rows[0]?.n ?? 0 };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
