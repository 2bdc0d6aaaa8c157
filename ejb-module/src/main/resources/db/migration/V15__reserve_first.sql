-- A competition that opens to the personnel reserve first: until this day only people in the
-- agency's reserve for the vacancy's position group may apply.
ALTER TABLE vacancy ADD COLUMN reserve_only_until DATE;
