-- Published read views. A module reads another module's data through a view its owner publishes (the columns the
-- owner commits to keep), never through the owner's tables, so that an owner may reshape its tables freely. These are
-- simple views: PostgreSQL inlines them into the query that reads them, with the plans of a join on the table.

-- org: organisations as other modules show and filter them.
CREATE VIEW org_directory AS
  SELECT id, kind, name, status FROM organisations;

-- catalog: listings as the instrument and order modules read them.
CREATE VIEW catalog_listings AS
  SELECT id, provider_id, category, title, description, status, region, voucher_eligible,
         rating_sum, rating_count, completed_count, search
  FROM services;

-- identity: who a user is, for names in other modules' lists (audit log, order history) and their checks.
CREATE VIEW user_directory AS
  SELECT u.id, u.username, u.display_name, u.status, m.org_id
  FROM users u LEFT JOIN memberships m ON m.user_id = u.id;
