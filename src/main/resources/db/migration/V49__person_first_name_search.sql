-- The family search matches the start of a member's first name as well as of their last name, but only the last name
-- had an index: every search by name read all persons (134,000 in ScaleBenchmark's city, 130 ms of a 200 ms search).
create index person_first_name_idx on person (lower(first_name) text_pattern_ops);
