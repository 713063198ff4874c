-- E-mail waiting to be sent, or sent. A mail is written in the transaction of what caused it; a job claims due mails
-- one at a time (claimed_until, a lease, so a second node or a restart does not send one twice while it is being
-- sent), sends it and marks it sent, or counts the attempt and sets the next one further off, until it gives up.
-- A sent mail keeps no body (an invitation's carries its first-time code): only who, what subject and when.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    recipient       varchar(200)  not null,
    subject         varchar(300)  not null,
    text_body       text          not null,
    html_body       text          not null,
    created_at      timestamptz   not null,
    -- what the mail is about (a letter, a plan version, to one member), so a reaction offered twice enqueues it once
    once_key        varchar(200)  unique,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    claimed_until   timestamptz,
    sent_at         timestamptz,
    -- e-mail was off (no SMTP server configured): the mail was only logged, without its body, not sent
    logged_only     boolean       not null default false,
    given_up_at     timestamptz,
    last_error      varchar(1000)
);

create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where sent_at is null and given_up_at is null;
create index mail_outbox_given_up_idx on mail_outbox (given_up_at) where given_up_at is not null;
