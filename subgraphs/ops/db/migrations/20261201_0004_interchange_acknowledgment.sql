-- The TA1 we sent for an interchange's envelope, as sent back; null when none was owed (ISA14 0
-- and a clean envelope, or an unreadable ISA). Kept so a re-sent duplicate gets the original.
-- Its ISA13 comes from acknowledgment_control_numbers, as the 997s' do.
ALTER TABLE interchanges ADD COLUMN interchange_acknowledgment text;
