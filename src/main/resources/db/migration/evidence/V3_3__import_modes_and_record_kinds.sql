-- What kind of rows a dataset holds: figures (evidence_observation) or case-level records (evidence_case_record).
alter table evidence_dataset add column record_kind varchar(20) default 'observations' not null;

-- How a version was imported: strict (one bad row refuses the file) or lenient (bad rows are left out and
-- listed), and how many rows were left out for being invalid. skipped_count stays the count of rows that name
-- no country by design (regions, groups).
alter table evidence_dataset_version add column import_mode varchar(10) default 'strict' not null;
alter table evidence_dataset_version add column rejected_count integer default 0 not null;
alter table evidence_dataset_version add column rejected_note varchar(1000);

-- The case records of one version are read together, for the change report between versions.
create index ix_evidence_case_record_version on evidence_case_record (version_id);

-- A file is looked up by its hash on every import, to import nothing twice.
create index ix_evidence_dataset_version_sha on evidence_dataset_version (file_sha256);
