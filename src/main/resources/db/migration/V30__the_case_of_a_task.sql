-- Every task shows its case (issue 16 item 4): who took each step of a request and when, why the proposer proposed
-- what they did, and the question the "nee, tenzij" check put to the panel. Requests recorded before this version have
-- none of these: the task's case shows the step without a name or time.
alter table request
    add column triaged_by          varchar(64),
    add column triaged_at          timestamptz,
    add column proposal_motivation varchar(2000),
    add column nee_tenzij_by       varchar(64),
    add column nee_tenzij_at       timestamptz,
    add column panel_question      varchar(2000),
    add column panel_decided_by    varchar(64),
    add column panel_decided_at    timestamptz;

-- The consultant also records consent given in a conversation, not only on paper.
alter table plan_consent drop constraint plan_consent_channel_check;
alter table plan_consent add constraint plan_consent_channel_check
    check (channel in ('PORTAL', 'PAPER', 'CONVERSATION'));
