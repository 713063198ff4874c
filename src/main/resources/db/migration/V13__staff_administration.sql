-- Staff administration (issue 13). Team names are unique whatever their letter case, as user names are; so are
-- e-mail addresses, by which single sign-on may find a user.
create unique index team_name_idx on team (lower(name));
create unique index user_account_email_idx on user_account (lower(email));
