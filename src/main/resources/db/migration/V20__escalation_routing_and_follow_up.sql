-- What the triage and the routing table decided, and what each follow-up step recorded, so the
-- incident register shows the whole case without reading the process history.
alter table escalation_incident add column triaged_by varchar(64);
alter table escalation_incident add column triaged_at timestamp;
alter table escalation_incident add column action_group varchar(40);
alter table escalation_incident add column police_first boolean default false not null;
alter table escalation_incident add column report_abuse boolean default false not null;
alter table escalation_incident add column removal_letter boolean default false not null;
alter table escalation_incident add column anti_bullying_reference varchar(200);
alter table escalation_incident add column still_serious boolean;
alter table escalation_incident add column legal_decision varchar(2000);
alter table escalation_incident add column legal_decided_by varchar(64);
alter table escalation_incident add column legal_agreed boolean;

create index escalation_letter_request_incident on escalation_letter_request (incident_id);
