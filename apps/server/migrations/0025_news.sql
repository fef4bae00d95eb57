-- 双创资讯 (the news area): articles of the administration in four categories — 通知公告 (notice), 政策解读
-- (interpretation), 双创资讯 (news) and 活动预告 (event) — written as rich text in the browser and stored sanitised,
-- with a plain-text copy for search and summaries, a cover, attachments, tags, and for events their time, place and
-- sign-up. An article is a draft, scheduled for a time, published, or withdrawn (with a reason; it may be published
-- again). A scheduled article is public from its time on, whether or not the minute job has marked it published yet:
-- the public queries ask `status = 'published' OR (status = 'scheduled' AND publish_at <= now)`.

CREATE TABLE news_articles (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  category           text NOT NULL CHECK (category IN ('notice', 'interpretation', 'news', 'event')),
  title              text NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 120),
  summary            text NOT NULL DEFAULT '' CHECK (length(summary) <= 300),
  -- The editor's HTML after the server's allow-list (news.sanitize.ts), and its text for search and summaries.
  body_html          text NOT NULL DEFAULT '' CHECK (length(body_html) <= 400000),
  body_text          text NOT NULL DEFAULT '',
  cover              char(64) REFERENCES uploads (hash),
  -- The department of the administration that writes it (科技创新部…).
  department         text NOT NULL CHECK (length(btrim(department)) BETWEEN 2 AND 60),
  tags               text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 10 AND array_position(tags, NULL) IS NULL),
  -- 活动预告 only: when and where, and how to sign up (a link elsewhere, or registration in the platform later).
  event_starts_at    timestamptz,
  event_ends_at      timestamptz,
  event_place        text CHECK (length(event_place) <= 200),
  event_signup       text CHECK (event_signup IN ('none', 'link', 'platform')),
  event_signup_url   text CHECK (event_signup_url ~ '^https?://' AND length(event_signup_url) <= 500),
  -- The policy document the article explains or announces. No foreign key yet: the policy area, which owns the
  -- documents, is being built in parallel; its migration adds the reference once its table exists.
  policy_document_id bigint,
  pinned             boolean NOT NULL DEFAULT false,
  view_count         bigint NOT NULL DEFAULT 0 CHECK (view_count >= 0),
  status             text NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'scheduled', 'published', 'withdrawn')),
  -- When the article is, was or will be public: the date readers see. Null while a draft.
  publish_at         timestamptz,
  withdrawn_at       timestamptz,
  withdraw_reason    text,
  created_by         bigint REFERENCES users (id),
  updated_by         bigint REFERENCES users (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  -- An event has its time, place and sign-up; no other article has any of them.
  CONSTRAINT news_articles_event CHECK (
    CASE WHEN category = 'event'
      THEN event_starts_at IS NOT NULL AND event_place IS NOT NULL AND event_signup IS NOT NULL
      ELSE event_starts_at IS NULL AND event_ends_at IS NULL AND event_place IS NULL AND event_signup IS NULL
    END),
  CONSTRAINT news_articles_event_order CHECK (event_ends_at IS NULL OR event_ends_at >= event_starts_at),
  CONSTRAINT news_articles_signup_url CHECK ((event_signup = 'link') = (event_signup_url IS NOT NULL)),
  CONSTRAINT news_articles_signup_url_event CHECK (event_signup_url IS NULL OR event_signup IS NOT NULL),
  -- Only a draft has no publication time; a withdrawn article keeps the time it was published at.
  CONSTRAINT news_articles_publish_at CHECK ((status = 'draft') = (publish_at IS NULL)),
  CONSTRAINT news_articles_withdrawn CHECK (
    (status = 'withdrawn') = (withdrawn_at IS NOT NULL)
    AND (status = 'withdrawn') = (withdraw_reason IS NOT NULL)
    AND (withdraw_reason IS NULL OR length(btrim(withdraw_reason)) >= 2))
);
-- The public list: pinned first, then newest, among what may be public (published, or scheduled and due).
CREATE INDEX news_articles_public ON news_articles (pinned DESC, publish_at DESC, id DESC)
  WHERE status IN ('published', 'scheduled');
CREATE INDEX news_articles_public_category ON news_articles (category, pinned DESC, publish_at DESC, id DESC)
  WHERE status IN ('published', 'scheduled');
CREATE INDEX news_articles_upcoming ON news_articles (event_starts_at)
  WHERE category = 'event' AND status IN ('published', 'scheduled');
-- The minute job's work: scheduled articles whose time has come.
CREATE INDEX news_articles_due ON news_articles (publish_at) WHERE status = 'scheduled';
CREATE INDEX news_articles_admin ON news_articles (id DESC);
CREATE INDEX news_articles_tags ON news_articles USING gin (tags);
CREATE INDEX news_articles_title_trgm ON news_articles USING gin (title gin_trgm_ops);
CREATE INDEX news_articles_summary_trgm ON news_articles USING gin (summary gin_trgm_ops);
CREATE INDEX news_articles_text_trgm ON news_articles USING gin (body_text gin_trgm_ops);

-- The files listed under an article, in their order, with the names readers see.
CREATE TABLE news_attachments (
  article_id  bigint NOT NULL REFERENCES news_articles (id),
  position    smallint NOT NULL CHECK (position BETWEEN 0 AND 19),
  hash        char(64) NOT NULL REFERENCES uploads (hash),
  name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  PRIMARY KEY (article_id, position),
  CONSTRAINT news_attachments_once UNIQUE (article_id, hash)
);

-- Published read view for other areas (the policy area lists the interpretations of its documents): the articles the
-- public sees now, by the database's clock.
CREATE VIEW news_public_articles AS
SELECT id, category, title, summary, department, tags, policy_document_id, publish_at AS published_at
FROM news_articles
WHERE status = 'published' OR (status = 'scheduled' AND publish_at <= now());

-- Files of a record that becomes public at a set time (a scheduled article's cover, images and attachments) are
-- public from that time on, without waiting for a job: the upload module reads `public_from` with `public`.
ALTER TABLE upload_attachments ADD COLUMN public_from timestamptz;
ALTER TABLE upload_attachments
  ADD CONSTRAINT upload_attachments_public_from CHECK (public_from IS NULL OR public);
