-- identity's published user view gains the role, so that a module can address the zone's administrators (new
-- registrations, voucher applications and claims notify them) without reading the users table.
CREATE OR REPLACE VIEW user_directory AS
  SELECT u.id, u.username, u.display_name, u.status, m.org_id, u.role
  FROM users u LEFT JOIN memberships m ON m.user_id = u.id;
