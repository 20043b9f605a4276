-- The ERP publishes documentation disputes to the OMS (perfect order's documentation criterion)
-- as a feed read in the order disputes were recorded: feed_position numbers every dispute as it
-- is inserted, so a reader that remembers the last position it applied misses nothing, even a
-- dispute recorded late with an earlier opened_at.
ALTER TABLE disputes ADD COLUMN feed_position bigint GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX disputes_documentation_feed ON disputes (feed_position) WHERE reason = 'documentation';
