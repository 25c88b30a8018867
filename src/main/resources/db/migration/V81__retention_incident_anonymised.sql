-- When the retention job anonymised an incident (closure + 6 years): names, free text, references
-- and the screenshot are gone, the category, dates and outcome stay for the governors' counts. Set
-- once, so the job does not list the incident again.
alter table escalation_incident add column anonymised_at timestamp;
