-- Tamper evidence: every audit entry carries the hash of the entry before it (per school), so
-- editing or deleting one breaks the chain from there on. audit_chain holds each school's last
-- hash and is locked while an entry is appended, so concurrent writers (several nodes) line up.
alter table audit_entry add column previous_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);

create table audit_chain (
    school_id  varchar(40) primary key references school (id),
    last_hash  varchar(64) not null
);
