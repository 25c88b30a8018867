-- Sign-ins an administrator disabled. The identity store keeps the user (so names in task history
-- and the audit trail still resolve) with an unguessable password and no groups; this row says
-- why it cannot be used, and stops anyone giving it groups again.
create table admin_disabled_sign_in (
    user_id      varchar(64)   primary key,
    school_id    varchar(40)   not null references school (id),
    disabled_by  varchar(64)   not null,
    disabled_at  timestamp     not null,
    reason       varchar(2000) not null
);
