-- When each member last logged in, and the time before that: a member is shown, at login, what happened
-- to their account since they were last here (a password reset code an office-holder gave for them).
ALTER TABLE accounts ADD COLUMN last_login BIGINT;
ALTER TABLE accounts ADD COLUMN previous_login BIGINT;
