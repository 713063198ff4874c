-- The letters a family member has seen in the portal (on "Mijn hulp"), so the portal's home page can say how many are
-- new to them. A letter is named by its kind and id: decision:<letter>, extension:<request>, objection:<objection>.
-- Each member has their own marks: a parent seeing the letters does not make them seen for the other parent.
create table portal_letter_seen (
    person_id bigint      not null references person (id),
    letter    varchar(40) not null,
    seen_at   timestamptz not null,
    primary key (person_id, letter)
);

-- Letters sent before the portal said what is new are not news: every member of their family has seen them.
insert into portal_letter_seen (person_id, letter, seen_at)
select p.id, 'decision:' || l.id, now() from decision_letter l join person p on p.family_id = l.family_id
union all
select p.id, 'extension:' || e.request_id, now() from term_extension e
    join request r on r.id = e.request_id join person p on p.family_id = r.family_id
where e.letter is not null
union all
select p.id, 'objection:' || l.objection_id, now() from objection_letter l join person p on p.family_id = l.family_id
on conflict do nothing;
