-- One scheduled retention run a day across all nodes: the node that inserts the day's row runs it,
-- the others find the key taken and leave it (a run started by hand from the admin page does not
-- claim a day).
create table retention_scheduled_run (
    run_on      date        primary key,
    started_at  timestamp   not null
);
