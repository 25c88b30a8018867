-- The screenshot sent with a report: its file in the output folder (incidents/<school>/<id>/screenshot.<ext>).
-- The file itself never goes into the database or the process variables.
alter table escalation_incident add column screenshot varchar(200);
