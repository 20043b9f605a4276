-- How long each branch takes to pick and pack a shipment (pick started -> packed, hours) and how
-- long its shipments travel (shipped -> delivered, whole days rounded up), at P50 and P90
-- (nearest rank), over the 91 days before the as-of instant. Derived data, rebuilt with the KPI
-- aggregates; the storefront promise reads it, so no request scans the shipments.
CREATE TABLE branch_fulfilment_times (
  branch_code text PRIMARY KEY,
  pick_pack_observations integer NOT NULL,
  pick_pack_p50_hours numeric NOT NULL,
  pick_pack_p90_hours numeric NOT NULL,
  transit_observations integer NOT NULL,
  transit_p50_days integer NOT NULL,
  transit_p90_days integer NOT NULL
);
