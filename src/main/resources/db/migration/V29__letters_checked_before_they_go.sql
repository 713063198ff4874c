-- Issue 16, items 5 and 6. The motivation of a decision letter, written by the consultant from a draft made from the
-- case; it is saved with the decision and fixed once the letter is sent. One per request.
create table decision_motivation (
    request_id bigint        primary key references request (id),
    text       varchar(4000) not null,
    written_by varchar(64)   not null,
    written_at timestamptz   not null
);

-- A letter as sent is kept with the SHA-256 of its PDF (hex), so anyone can show that a copy is the letter that was
-- sent; the letters made before this migration get theirs from their content.
alter table decision_letter add column sha256 char(64);
update decision_letter set sha256 = encode(sha256(content), 'hex');
alter table decision_letter alter column sha256 set not null;
