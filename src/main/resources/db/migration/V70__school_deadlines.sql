-- A school's own deadlines, in days, where it differs from the defaults in application.properties
-- (policydesk.deadlines.*). A missing row means the default; name is the setting's name without
-- the "-days" ending ("approval", "triage", "removal-follow-up").
create table school_deadline (
    school_id  varchar(40) not null references school (id),
    name       varchar(40) not null,
    days       int         not null,
    primary key (school_id, name)
);
