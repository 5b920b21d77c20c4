-- The review workflow of versions written in the web editor: what the author said changed, who sent it for
-- review and who published it. A version loaded from a repository file has none of these.
alter table content_version add column change_note varchar(1000);
alter table content_version add column submitted_by varchar(100);
alter table content_version add column submitted_at timestamp with time zone;
alter table content_version add column published_by varchar(100);
