-- The pooling backfill's two tables computed by DuckDB from the same events and the same world:
-- OUT/pooled_orders/ and OUT/pool_allocations/, Hive-partitioned by delivery_date and region like
-- `poolcast backfill` writes them, with the same columns, so bench/backfill-seed.sh times like
-- for like. bench/backfill-seed.sh replaces {{EVENTS}} (a read_json or read_parquet call),
-- {{WORLD}} (the world's CSV folder) and {{OUT}} before running it through ../shared/tools/sql.
--
-- What it computes as the pooling domain does (pooling/README.md):
--  * the latest accepted version of every order; an event at or after its pool's cut-off is
--    refused (the backfill's TOO_LATE dead letters); cancelled orders count for nothing;
--  * one pool per supplier × region × delivery day; an order stays in the pool of its first
--    version (amendments go to the order's home pool);
--  * per pool and SKU: quantity, list price and category from skus.csv (not the line's price),
--    shops and orders; per pool: list value, distinct categories, weight, volume and units;
--  * the supplier's minimum batch (value and units): met → CUTOFF at tier prices, else
--    UNDER_MINIMUM_AT_LIST at list price (tier 0, category tier 0);
--  * SKU tier = highest tier whose min_quantity the pooled quantity reaches (PriceTierSchedule);
--    category tier = highest tier whose min_value_cents and min_categories the pool reaches
--    (CategoryTierSchedule); unit price by PooledPrice: list − floor(list × min(5000, sku bp +
--    category bp) / 10000);
--  * trucks = max(1, ⌈kg / truck kg⌉, ⌈litres / truck litres⌉) over the limited dimensions (1 if
--    neither is limited; TruckPlan: the binding dimension's count is the larger one);
--  * released_at = the pool's cut-off: cutoff_local_time on delivery day − lead_days in the
--    calendar's zone;
--  * allocations: one row per order × SKU (an order listing a SKU twice gets one row) at the pool's
--    unit price, saving = (list − unit) × quantity.
--
-- What it leaves out (so pools touched by these differ from the backfill's):
--  * roll-over: under the minimum, the backfill moves every order whose latest_delivery_date
--    reaches the next delivery day into that day's pool (ROLLED_OVER), possibly again and again,
--    and releases only the rest at list. That is a sequential chain over delivery days per
--    supplier × region (a rolled-over order can lift the next pool over its minimum); here every
--    order stays in its home pool, and an under-minimum pool is released whole at list;
--  * routing by the cut-off calendar: the home pool here is the order's requested_delivery_date,
--    where the domain takes the first delivery day whose cut-off the placement made (never before
--    the requested day), skipping no-delivery weekdays and holidays. In the 30-day seed world
--    every order is placed before its requested day's cut-off, so both are the same day there
--    (checked: the calendar rule gives the requested day for all 859,869 orders);
--  * refusals other than the cut-off: an event with an unknown or foreign SKU (here only that
--    line is dropped, not the event), an amendment moving the requested day past its home pool
--    (re-sent events and stale versions need no rule: the highest version wins either way);
--  * early release, release policies other than the default, and terms versions (a pool priced
--    by the tier files in force when it opened: here by the files as they are);
--  * the row order inside a file (the backfill sorts it so two runs give the same bytes; DuckDB
--    writes in whatever order its threads finish) and the file names (data_0.parquet).
SET TimeZone = 'UTC';

CREATE TEMP TABLE calendars AS
SELECT supplier_id, region_id, zone_id, cutoff_local_time, lead_days
FROM read_csv('{{WORLD}}/cutoff_calendars.csv');

CREATE TEMP TABLE skus AS
SELECT sku, supplier_id, category, weight_grams, volume_ml, list_price_cents
FROM read_csv('{{WORLD}}/skus.csv');

-- One row per accepted order × SKU of the latest version of every order that is not cancelled.
CREATE TEMP TABLE order_skus AS
WITH events AS (
  SELECT order_id, version, type, shop_id, supplier_id, region_id, lines,
         event_time::TIMESTAMPTZ AS event_time,
         -- ORDER BY: a running window. With an unordered one (min_by … OVER (PARTITION BY
         -- order_id)) DuckDB 1.5 fails on the JSON input, "JSONScan Serialize not implemented":
         -- its optimizer copies the plan below the window (as for rewriting it into a join).
         first_value(requested_delivery_date) OVER (PARTITION BY order_id ORDER BY version)
           AS delivery_date
  FROM {{EVENTS}}),
accepted AS (
  SELECT e.*, timezone(c.zone_id, (e.delivery_date - c.lead_days::INTEGER) + c.cutoff_local_time)
           AS cutoff
  FROM events e JOIN calendars c USING (supplier_id, region_id)
  WHERE e.event_time < cutoff
  QUALIFY row_number() OVER (PARTITION BY e.order_id ORDER BY e.version DESC) = 1),
-- unnest in the select list, not as a lateral join (which DuckDB plans as a slower delim join);
-- grouped by order and SKU only, the other columns are the order's.
lines AS (
  SELECT supplier_id, region_id, delivery_date, cutoff, order_id, shop_id, unnest(lines) AS l
  FROM accepted WHERE type <> 'CANCELLED')
SELECT any_value(supplier_id) AS supplier_id, any_value(region_id) AS region,
       any_value(delivery_date) AS delivery_date, any_value(cutoff) AS cutoff, order_id,
       any_value(shop_id) AS shop_id, l.sku AS sku, sum(l.quantity)::BIGINT AS quantity
FROM lines
GROUP BY order_id, l.sku;

CREATE TEMP TABLE pool_skus AS
SELECT o.supplier_id, o.region, o.delivery_date, any_value(o.cutoff) AS cutoff, o.sku,
       s.category, s.list_price_cents, s.weight_grams, s.volume_ml,
       sum(o.quantity)::BIGINT AS quantity,
       count(DISTINCT o.shop_id)::INTEGER AS shop_count,
       count(*)::INTEGER AS order_count
FROM order_skus o JOIN skus s ON s.sku = o.sku AND s.supplier_id = o.supplier_id
GROUP BY o.supplier_id, o.region, o.delivery_date, o.sku, s.category, s.list_price_cents,
         s.weight_grams, s.volume_ml;

CREATE TEMP TABLE pools AS
WITH totals AS (
  SELECT supplier_id, region, delivery_date, any_value(cutoff) AS cutoff,
         sum(quantity) AS units,
         sum(list_price_cents * quantity) AS list_value_cents,
         count(DISTINCT category) AS categories,
         sum(weight_grams * quantity) AS weight_grams,
         sum(volume_ml * quantity) AS volume_ml
  FROM pool_skus GROUP BY ALL),
measured AS (
  SELECT t.*,
         t.list_value_cents >= p.min_batch_value_cents AND t.units >= p.min_batch_units
           AS minimum_met,
         CASE WHEN t.weight_grams <= 0 AND t.volume_ml <= 0 THEN 0
              WHEN p.truck_capacity_kg <= 0 AND p.truck_capacity_litres <= 0 THEN 1
              ELSE greatest(1,
                CASE WHEN p.truck_capacity_kg > 0 -- ⌈a / b⌉ in integers: (a + b − 1) // b
                     THEN (t.weight_grams + p.truck_capacity_kg * 1000 - 1)
                          // (p.truck_capacity_kg * 1000) ELSE 0 END,
                CASE WHEN p.truck_capacity_litres > 0
                     THEN (t.volume_ml + p.truck_capacity_litres * 1000 - 1)
                          // (p.truck_capacity_litres * 1000) ELSE 0 END)
         END::BIGINT AS trucks
  FROM totals t JOIN read_csv('{{WORLD}}/suppliers.csv') p USING (supplier_id))
-- The tiers are joined on the supplier alone (price tiers below: on the SKU) and picked in the aggregate: with the
-- inequalities in the join condition DuckDB planned a join many times slower.
SELECT m.*,
       coalesce(max(ct.tier) FILTER (WHERE m.minimum_met AND m.list_value_cents > 0
           AND m.list_value_cents >= ct.min_value_cents AND m.categories >= ct.min_categories),
         0)::INTEGER AS category_tier,
       coalesce(arg_max(ct.discount_basis_points, ct.tier) FILTER (WHERE m.minimum_met
           AND m.list_value_cents > 0 AND m.list_value_cents >= ct.min_value_cents
           AND m.categories >= ct.min_categories), 0) AS category_bp
FROM measured m
LEFT JOIN read_csv('{{WORLD}}/category_tiers.csv') ct ON ct.supplier_id = m.supplier_id
GROUP BY ALL;

CREATE TEMP TABLE pooled AS
WITH tiers AS (
  SELECT s.supplier_id, s.region, s.delivery_date, s.sku,
         coalesce(max(pt.tier) FILTER (WHERE s.quantity >= pt.min_quantity), 0)::INTEGER
           AS tier,
         coalesce(arg_max(pt.discount_basis_points, pt.tier)
                    FILTER (WHERE s.quantity >= pt.min_quantity), 0) AS tier_bp
  FROM pool_skus s LEFT JOIN read_csv('{{WORLD}}/price_tiers.csv') pt ON pt.sku = s.sku
  GROUP BY ALL)
SELECT s.supplier_id || '|' || s.region || '|' || strftime(s.delivery_date, '%Y-%m-%d')
         AS pool_id,
       s.supplier_id, s.region, s.delivery_date, s.sku, s.category, s.quantity,
       s.list_price_cents::BIGINT AS list_price_cents,
       (s.list_price_cents - s.list_price_cents
          * CASE WHEN p.minimum_met THEN least(5000, t.tier_bp + p.category_bp) ELSE 0 END
          // 10000)::BIGINT AS unit_price_cents,
       CASE WHEN p.minimum_met THEN t.tier ELSE 0 END AS tier,
       p.category_tier, s.shop_count, s.order_count, p.trucks,
       CASE WHEN p.minimum_met THEN 'CUTOFF' ELSE 'UNDER_MINIMUM_AT_LIST' END AS release_reason,
       p.cutoff AS released_at
FROM pool_skus s
JOIN pools p USING (supplier_id, region, delivery_date)
JOIN tiers t USING (supplier_id, region, delivery_date, sku);

COPY pooled TO '{{OUT}}/pooled_orders'
  (FORMAT parquet, PARTITION_BY (delivery_date, region), WRITE_PARTITION_COLUMNS true);

COPY (
  SELECT p.pool_id, o.order_id, o.shop_id, o.sku, o.quantity, p.list_price_cents,
         p.unit_price_cents, (p.list_price_cents - p.unit_price_cents) * o.quantity AS saving_cents,
         o.delivery_date, o.region
  FROM order_skus o JOIN pooled p USING (supplier_id, region, delivery_date, sku))
TO '{{OUT}}/pool_allocations'
  (FORMAT parquet, PARTITION_BY (delivery_date, region), WRITE_PARTITION_COLUMNS true);
