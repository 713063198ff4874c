-- Staff administration (issue 13): team names are unique whatever their letter case, as user names are.
create unique index team_name_idx on team (lower(name));
