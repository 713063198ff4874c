-- The letters a family member has seen in the portal (on "Mijn hulp"), so the portal's home page can say how many are
-- new to them. A letter is named by its kind and id: decision:<letter>, extension:<request>, objection:<objection>.
-- Each member has their own marks: a parent seeing the letters does not make them seen for the other parent.
create table portal_letter_seen (
    person_id bigint      not null references person (id),
    letter    varchar(40) not null,
    seen_at   timestamptz not null,
    primary key (person_id, letter)
);
