-- E-mail waiting to be sent, or sent. A mail is written in the transaction of what caused it; a job claims due mails
-- (claimed_until, so a second node or a restart does not send one twice while it is being sent), sends them and marks
-- them sent, or counts the attempt and sets the next one further off.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    recipient       varchar(200)  not null,
    subject         varchar(300)  not null,
    text_body       text          not null,
    html_body       text          not null,
    created_at      timestamptz   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    claimed_until   timestamptz,
    sent_at         timestamptz,
    given_up_at     timestamptz,
    last_error      varchar(1000)
);

create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where sent_at is null and given_up_at is null;
