-- The storefront's credit check reads each buyer's invoices with a balance on every page: index the
-- unpaid ones apart from the paid history (most of an account's invoices).
CREATE INDEX invoices_unpaid_account ON invoices (account_id) WHERE status IN ('open', 'partially_paid', 'disputed');
