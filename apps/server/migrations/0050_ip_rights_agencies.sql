-- 知识产权 (ip), 维权援助: a case may be assigned to an IP service agency (知识产权服务机构, an organisation of kind
-- 'provider') as well as, or instead of, an IP expert; the agency's members then read the case, add notes and give
-- consultations as the assigned expert does. A case in hand has someone to handle it: an expert or an agency.
ALTER TABLE ip_rights_cases
  ADD COLUMN agency_org_id bigint REFERENCES organisations (id),
  ADD CONSTRAINT ip_rights_cases_agency_not_self CHECK (agency_org_id IS DISTINCT FROM org_id);

ALTER TABLE ip_rights_cases DROP CONSTRAINT ip_rights_cases_assigned;
ALTER TABLE ip_rights_cases ADD CONSTRAINT ip_rights_cases_assigned CHECK (
  status IN ('submitted', 'declined')
  OR ((expert_id IS NOT NULL OR agency_org_id IS NOT NULL) AND due_on IS NOT NULL));

CREATE INDEX ip_rights_cases_agency ON ip_rights_cases (agency_org_id) WHERE agency_org_id IS NOT NULL;

-- The credit record per organisation (view ip_credit_records), which the policy area asks of every enterprise.
CREATE INDEX ip_rights_cases_wilful ON ip_rights_cases (wilful_infringer_org_id, closed_at)
  WHERE status = 'closed' AND wilful_infringer_org_id IS NOT NULL;
