-- Where each audit entry came from: the client's address for a web request (as the servlet
-- container reports it, forwarded headers included only if the server is set to trust them),
-- "command line" for a batch command, "PolicyDesk" for the engine's own jobs. Nullable: entries
-- written before this column existed have none, and their hashes (which did not cover it) stay valid.
alter table audit_entry add column origin varchar(64);
-- The audit page filters a school's trail by person and by date, newest first.
create index audit_entry_school_time on audit_entry (school_id, occurred_at);
create index audit_entry_actor on audit_entry (actor);
