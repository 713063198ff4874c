-- Issue 17, item 7. A crisis request gets a provisional decision (voorlopige voorziening) at once: the request records
-- when, until when, by whom and why; the provisions it grants are marked provisional and end when the final decision
-- replaces them (or when the request ends otherwise).
alter table request
    add column provisional_on         date,
    add column provisional_until      date,
    add column provisional_by         varchar(64),
    add column provisional_motivation varchar(2000),
    add check (provisional_until is null or provisional_until >= provisional_on);

alter table provision add column provisional boolean not null default false;

-- a request now has up to two letters, the provisional decision and the final one: the (request_id, kind) key of V35
-- allows that; only the kind is new
alter table decision_letter drop constraint decision_letter_kind_check;
alter table decision_letter add constraint decision_letter_kind_check
    check (kind in ('GRANTED', 'REFUSED', 'PROVISIONAL', 'MEASURE', 'RIGHT_CHANGED', 'RIGHT_ENDED'));
