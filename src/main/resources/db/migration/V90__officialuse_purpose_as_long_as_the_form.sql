-- The request form and the service accept up to 2,000 characters for what official use is for; the
-- column held 1,000, so a longer purpose failed with a database error instead of being kept.
alter table officialuse_official_user alter column purpose set data type varchar(2000);
