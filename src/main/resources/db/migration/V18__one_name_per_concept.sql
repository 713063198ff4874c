-- One name per concept (issue 14, item 7).

-- What Gezinsplan records with nobody signed in was authored by "route" in requests and letters and by "system" in
-- imports: "system" everywhere now (security.CurrentUser.SYSTEM); "route" is only a case's path through its process.
update request set registered_by = 'system' where registered_by = 'route';
update decision_letter set created_by = 'system' where created_by = 'route';
