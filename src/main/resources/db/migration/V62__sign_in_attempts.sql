-- Failed sign-ins per sign-in name (whether or not such a sign-in exists, so that the answer never
-- tells). A run of failures makes PolicyDesk refuse further tries until refused_until; enough of
-- them lock the name (locked_at) until an administrator re-enables it. A table rather than memory,
-- so that a restart does not lift a lock. A successful sign-in deletes the row.
create table sign_in_attempt (
    user_name        varchar(64) primary key,
    failures         int         not null,
    last_failure_at  timestamp   not null,
    refused_until    timestamp,
    locked_at        timestamp
);
