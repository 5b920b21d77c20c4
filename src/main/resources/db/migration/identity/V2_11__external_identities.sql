-- Accounts that sign in through an organisation's own OpenID Connect provider: the provider (its issuer) and the
-- person's subject there name the account, never the e-mail address or name the provider sends.
create table identity_external_identity (
	issuer varchar(500) not null,
	subject varchar(255) not null,
	account_id bigint not null references identity_account (id),
	registration varchar(100) not null,
	created_at timestamp with time zone not null,
	primary key (issuer, subject)
);

create index ix_identity_external_identity_account on identity_external_identity (account_id);
