-- Issue 18, e-mail to families. An invitation may carry the member's e-mail address: the activation link goes there,
-- and at activation it becomes the address of their account (user_account.email), which they change themselves.
alter table family_invitation add column email varchar(200);

-- A family member may turn off the e-mails that say there is something new for them in the portal.
alter table user_account add column mails_wanted boolean not null default true;
