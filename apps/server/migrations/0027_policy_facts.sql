-- The facts a policy item's conditions ask about, as each owning area publishes them (the policy area reads these
-- views only): org adds 规上 to the facts it publishes, ip adds the count of invention patents, and cultivation
-- publishes its latest verdicts and scores and what enterprises declared about their credit record.

CREATE OR REPLACE VIEW org_evaluation_facts AS
  SELECT id AS org_id, kind, name, status, park, industry, founded_on, hte_cert_no, hte_valid_from, hte_valid_to,
         tsme_reg_no, is_specialized, is_above_scale
  FROM organisations;

CREATE OR REPLACE VIEW ip_class_counts AS
  SELECT r.org_id,
         count(*) FILTER (WHERE ip_class(r.kind, r.number) = 1)::int AS class1_count,
         count(*) FILTER (WHERE ip_class(r.kind, r.number) = 2)::int AS class2_count,
         count(*) FILTER (WHERE r.kind IN ('invention', 'pct') AND ip_class(r.kind, r.number) = 1)::int AS invention_count
  FROM ip_records r
  WHERE ip_record_counts(r)
  GROUP BY r.org_id;

-- One row an organisation with any evaluation or declaration: the latest verdict and score of each kind, and the
-- declared credit-record facts (NULL: not declared).
CREATE VIEW cultivation_facts AS
  SELECT o.org_id,
         t.verdict AS tech_sme_verdict, t.score_max AS tech_sme_score,
         h.verdict AS hte_verdict, s.verdict AS specialised_verdict,
         d.dishonest_list, d.abnormal_operation, d.major_incident
  FROM (SELECT org_id FROM cultivation_latest UNION SELECT org_id FROM cultivation_declarations) o
  LEFT JOIN cultivation_latest_evaluations t ON t.org_id = o.org_id AND t.kind = 'tech_sme'
  LEFT JOIN cultivation_latest_evaluations h ON h.org_id = o.org_id AND h.kind = 'hte'
  LEFT JOIN cultivation_latest_evaluations s ON s.org_id = o.org_id AND s.kind = 'specialized'
  LEFT JOIN cultivation_declarations d ON d.org_id = o.org_id;
