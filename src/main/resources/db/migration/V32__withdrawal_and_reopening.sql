-- A request ends without a decision when the family withdraws it (in the portal, or the consultant records it), or
-- when the consultant closes it with a reason; a manager of its team may reopen it for a while after that.
alter table request drop constraint request_status_check;
alter table request add constraint request_status_check
    check (status in ('OPEN', 'SOLVED_WITHOUT_CUSTOM_CARE', 'REFUSED', 'WITHDRAWN', 'CLOSED_WITHOUT_DECISION', 'GRANTED'));
-- why and by whom it was withdrawn or closed without a decision, and whether the family withdrew it in the portal
alter table request add column close_reason varchar(2000);
alter table request add column closed_by varchar(64);
alter table request add column closed_at timestamptz;
alter table request add column withdrawn_in_portal boolean not null default false;
-- the last reopening; the days the request was closed before each reopening are a period in term_suspension (V31)
alter table request add column reopened_on date;
alter table request add column reopened_by varchar(64);
