import { SERVICE_CATEGORY_CODES, SERVICE_STATUSES } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, integer, pgView, text } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Published read view (migration 0010): listings as the instrument and order modules read them. */
export const catalogListings = pgView('catalog_listings', {
  id: bigint('id', { mode: 'number' }).notNull(),
  providerId: bigint('provider_id', { mode: 'number' }).notNull(),
  category: text('category', { enum: SERVICE_CATEGORY_CODES }).notNull(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  status: text('status', { enum: SERVICE_STATUSES }).notNull(),
  region: text('region').notNull(),
  voucherEligible: boolean('voucher_eligible').notNull(),
  ratingSum: bigint('rating_sum', { mode: 'number' }).notNull(),
  ratingCount: integer('rating_count').notNull(),
  completedCount: integer('completed_count').notNull(),
  search: tsvector('search'),
}).existing();

/** The average rating of a listing, two decimals, null before the first rating. */
export const listingRating = sql<
  number | null
>`CASE WHEN ${catalogListings.ratingCount} > 0 THEN round(${catalogListings.ratingSum}::numeric / ${catalogListings.ratingCount}, 2)::float8 END`;
