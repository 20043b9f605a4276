-- The storefront reads the lines of open orders for a page of products on every request
-- (availability, promise, allocatedQuantity). Open orders are a few hundred of tens of thousands:
-- index them apart, and cover the line columns those reads need so they never visit the heap.
-- The predicate matches CLOSED_ORDER_STATUSES (rules/inventory.rules.ts).
CREATE INDEX orders_open ON orders (id) WHERE status NOT IN ('shipped', 'delivered', 'cancelled');
CREATE INDEX order_lines_sku_cover ON order_lines (sku)
  INCLUDE (order_id, line_number, sourcing_branch_code, ordered_quantity, shipped_quantity, cancelled_quantity, allocated_quantity);
DROP INDEX order_lines_sku;
