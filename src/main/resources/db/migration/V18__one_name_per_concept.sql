-- One name per concept (issue 14, item 7).

-- What Gezinsplan records with nobody signed in was authored by "route" in requests and letters and by "system" in
-- imports: "system" everywhere now (security.CurrentUser.SYSTEM); "route" is only a case's path through its process.
update request set registered_by = 'system' where registered_by = 'route';
update decision_letter set created_by = 'system' where created_by = 'route';

-- What family members send in the portal are questions (the users' "Vragen"), answered by consultants: one row per
-- question or answer. "Message" is left to the BPMN messages the engine correlates.
alter table family_message rename to family_question;
alter index family_message_conversation_idx rename to family_question_member_idx;
alter index family_message_family_idx rename to family_question_family_idx;
alter index family_message_waiting_idx rename to family_question_waiting_idx;
alter sequence family_message_id_seq rename to family_question_id_seq;
alter table family_question rename constraint family_message_pkey to family_question_pkey;
alter table family_question rename constraint family_message_family_id_fkey to family_question_family_id_fkey;
alter table family_question rename constraint family_message_person_id_fkey to family_question_person_id_fkey;

-- the audit trail keeps message keys, read in the reader's language: the keys of questions were renamed
update audit_event set subject = 'audit.question.sent' where subject = 'audit.message.sent';
update audit_event set subject = 'audit.question.answered' where subject = 'audit.message.answered';
update audit_event set subject = 'audit.questions.read' where subject = 'audit.messages.read';
