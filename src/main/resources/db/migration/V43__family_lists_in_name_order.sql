-- Family lists (the search, a caseload) show a page in name order. With this index PostgreSQL reads the families in
-- that order and stops after the page, instead of sorting every family the user may see (tens of thousands in a big
-- city; ScaleBenchmark).
create index family_name_order_idx on family (name, id);
