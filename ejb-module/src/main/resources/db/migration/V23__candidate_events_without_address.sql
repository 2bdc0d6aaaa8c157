-- What a candidate did themselves was recorded with their e-mail address, which then outlived the
-- erasure of their account. The actor of those events is now the word 'candidate'; the application
-- already says whose it is.
UPDATE application_event SET actor = 'candidate' WHERE kind IN ('SUBMITTED', 'WITHDRAWN', 'APPEALED');
