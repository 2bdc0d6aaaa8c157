-- Name-blind document review, chosen per competition: reviewers see no identity until testing.
ALTER TABLE competition ADD COLUMN name_blind BOOLEAN DEFAULT FALSE NOT NULL;
