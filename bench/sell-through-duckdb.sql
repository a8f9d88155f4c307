-- The sell-through backfill's table computed by DuckDB from the same event archive and the same
-- world: OUT/sell_through/, Hive-partitioned by level and date like `poolcast backfill --jobs
-- sell-through --from FROM --to TO` writes it, with the same 24 columns (the partition columns in
-- the files too), so the backfill can be timed against DuckDB doing the same work (issue #7).
-- bench/sell-through-duckdb.sh replaces {{EVENTS}} (the archive's events/ folder, holding
-- pos_sales/ and shop_orders/ partitioned by event_date and region), {{WORLD}} (the world's CSV
-- folder), {{FROM}}, {{TO}} and {{OUT}} before running it through ../shared/tools/sql.
--
-- What it computes as the backfill does (SellThroughBackfill, SellThroughJob.pipeline in BATCH):
--  * the events read: those whose event time lies in [FROM − 63 days − 14 h, TO + 2 days) UTC,
--    from the event_date partitions of those UTC days only (BackfillRange, ArchiveInput); a sale
--    or an order event naming a shop or SKU the world does not know is refused (an order event
--    as a whole); local days in each shop's region's zone (regions.csv, Asia/Shanghai if none);
--  * shop days (ShopDays, DayBounds): each shop closes every day from the first local day of its
--    events (a sale's day, an order event's placement day) through TO at least;
--  * deliveries (OrderDeliveries): per shop and order the highest version read; unless it is
--    cancelled, its lines × pack size arrive on its requested delivery day, if the shop closes it;
--  * listings and the stock ledger (StockLedger): a shop × SKU is listed from a day it sold or
--    received something, one row a day, zero-sales days included, and delisted after 56 idle days
--    (the 56th still has its row; a later sale or delivery starts afresh); closing stock =
--    max(0, previous + delivered − sold), computed as the running sum minus its running minimum
--    (Lindley); stock known after the listing's first delivery; stock-out when known, the shop
--    sold anything that day and it sold at least the opening stock (SOLD_OUT) or had none and sold
--    nothing (EMPTY_SHELF), i.e. the closing estimate is 0; 7-day trailing units and closing stock
--    over min(days listed, 7) days, rounded to 6 decimals (SellThroughTally.finish); days of
--    cover and turnover days by StockCover (null when infinite), rates as SellThroughRate;
--  * roll-ups (SellThroughTally.contributions, SellThroughRollupFunction): region × SKU,
--    region × category and supplier × region sums of the shop rows, rounded averages added up
--    exactly (in millionths, as the Java's 6-decimal rounding of its double sums gives);
--  * ABC / XYZ classes of the region × SKU rows (MoverClassFunction, MoverClasses, AbcXyz) per
--    supplier × region over min(28, days since the group's first row from FROM − 27) days, none
--    under 7; XYZ on the exact boundaries (sd / mean = 0.5 or 1) by the Java's own floating-point
--    steps, whose rounding decides there (cv = 1 exactly comes out Z for some series);
--  * rows of FROM..TO only, closed_at = the end of the local day in the region's zone.
-- Checked on the seed year (FROM 2026-12-08, TO 2027-01-04): all 24,431,734 rows equal the
-- backfill's, every column, the doubles bit for bit (bench/sell-through-duckdb.sh compares).
--
-- What it leaves out:
--  * backfill_dead_letters/ (the refused events; the seed archive has none) and the swap of an
--    existing table's partitions: it writes a fresh OUT/sell_through/;
--  * zones that change their UTC offset inside the event window (daylight saving): the query
--    stops with an error instead (each region's offset is one constant here);
--  * unvalidated input: it relies on the archive's validation (quantities at least 1), e.g. a
--    shop is open on a day it has a sale with units > 0; and of two archived versions of one order
--    with the same number, the backfill keeps the first read, this any (the archive has none);
--  * JSON-lines input (the archive's Parquet only), insights (not a table; the backfill skips
--    them too);
--  * the row order inside a file, the row groups and file names (data_0.parquet, not
--    part-00000.parquet).
SET TimeZone = 'UTC';

-- Each region's UTC offset, checked hourly over the event window: constant (as for every region of
-- the generated world, Asia/Shanghai), or the query stops.
CREATE TEMP TABLE zones AS
WITH regions AS (
  SELECT region_id, coalesce(zone_id, 'Asia/Shanghai') AS zone_id -- Region.DEFAULT_ZONE
  FROM read_csv('{{WORLD}}/regions.csv')),
hours AS (
  SELECT unnest(range((DATE '{{FROM}}' - 64)::TIMESTAMP, (DATE '{{TO}}' + 3)::TIMESTAMP,
                      INTERVAL 1 HOUR)) AS utc),
offsets AS (
  SELECT region_id, zone_id,
         epoch_us(timezone(zone_id, utc::TIMESTAMPTZ)) - epoch_us(utc) AS offset_us
  FROM regions, hours)
SELECT region_id, zone_id,
       CASE WHEN min(offset_us) = max(offset_us) THEN min(offset_us)
            ELSE error('zone ' || zone_id || ' of region ' || region_id
                       || ' changes its UTC offset in the event window') END AS offset_us
FROM offsets GROUP BY region_id, zone_id;

-- Shops and SKUs numbered: a listing's key is shop_no × 2^32 + sku_no (sorting and hashing a
-- BIGINT is several times faster than two strings).
CREATE TEMP TABLE shops AS
SELECT s.shop_id, row_number() OVER (ORDER BY s.shop_id)::BIGINT AS shop_no, s.region_id,
       z.offset_us
FROM read_csv('{{WORLD}}/shops.csv') s JOIN zones z USING (region_id);

CREATE TEMP TABLE skus AS
SELECT sku, row_number() OVER (ORDER BY sku)::BIGINT AS sku_no, supplier_id, category, pack_size
FROM read_csv('{{WORLD}}/skus.csv');

-- The end of each local day in its region's zone: the rows' closed_at.
CREATE TEMP TABLE region_days AS
SELECT region_id, day::DATE AS day,
       make_timestamptz(epoch_us(day + INTERVAL 1 DAY) - offset_us) AS closed_at
FROM zones, (SELECT unnest(range(DATE '{{FROM}}', DATE '{{TO}}' + 1, INTERVAL 1 DAY)) AS day);

-- The event window (BackfillRange): from FROM − 63 days − 14 h to TO + 2 days, UTC; only the
-- event_date partitions (UTC days) it touches are read. Events were validated when archived
-- (quantities at least 1).
CREATE TEMP MACRO in_window(event_time) AS
  make_timestamp(epoch_us(event_time)) >= (DATE '{{FROM}}' - 63)::TIMESTAMP - INTERVAL 14 HOUR
  AND make_timestamp(epoch_us(event_time)) < (DATE '{{TO}}' + 2)::TIMESTAMP;

-- Shop order events of the window. An event naming a shop or SKU the world does not know is
-- refused as a whole (UNKNOWN_REFERENCE), so an earlier version stays the order's latest.
CREATE TEMP TABLE order_events AS
WITH events AS (
  SELECT o.event_id, o.order_id, o.version, o.type, s.shop_no, o.requested_delivery_date,
         o.lines, CAST(make_timestamp(epoch_us(o.event_time) + s.offset_us) AS DATE) AS day
  FROM read_parquet('{{EVENTS}}/shop_orders/*/*/*.parquet', hive_partitioning = true) o
  JOIN shops s ON s.shop_id = o.shop_id
  WHERE o.event_date BETWEEN CAST((DATE '{{FROM}}' - 63)::TIMESTAMP - INTERVAL 14 HOUR AS DATE)
                         AND DATE '{{TO}}' + 1
    AND in_window(o.event_time)),
unknown AS (
  SELECT DISTINCT event_id FROM (SELECT event_id, unnest(lines).sku AS sku FROM events)
  WHERE sku NOT IN (SELECT sku FROM skus))
SELECT * FROM events WHERE event_id NOT IN (SELECT event_id FROM unknown);

-- Units sold, their value and units delivered per listing key (shop × SKU) and local day through
-- TO. Sales: the window's POS sales whose shop and SKU the world knows (others are refused).
-- Deliveries (OrderDeliveries): each order's latest version (highest version) arrives on its
-- requested delivery day as lines × pack size, unless cancelled.
CREATE TEMP TABLE activity AS
WITH sales AS (
  SELECT s.shop_no * 4294967296 + k.sku_no AS key,
         CAST(make_timestamp(epoch_us(p.event_time) + s.offset_us) AS DATE) AS day,
         p.quantity AS sold, p.quantity * p.unit_price_cents AS value_cents, 0 AS delivered
  FROM read_parquet('{{EVENTS}}/pos_sales/*/*/*.parquet', hive_partitioning = true) p
  JOIN shops s ON s.shop_id = p.shop_id
  JOIN skus k ON k.sku = p.sku
  WHERE p.event_date BETWEEN CAST((DATE '{{FROM}}' - 63)::TIMESTAMP - INTERVAL 14 HOUR AS DATE)
                         AND DATE '{{TO}}' + 1
    AND in_window(p.event_time)),
latest AS (
  SELECT shop_no, type, requested_delivery_date AS day, lines FROM order_events
  QUALIFY row_number() OVER (PARTITION BY shop_no, order_id ORDER BY version DESC) = 1),
deliveries AS (
  SELECT x.shop_no * 4294967296 + k.sku_no AS key, x.day, 0 AS sold, 0 AS value_cents,
         x.l.quantity * k.pack_size AS delivered
  FROM (SELECT shop_no, day, unnest(lines) AS l FROM latest WHERE type <> 'CANCELLED') x
  JOIN skus k ON k.sku = x.l.sku)
SELECT key, day, sum(sold)::INTEGER AS sold, sum(value_cents)::BIGINT AS value_cents,
       sum(delivered)::INTEGER AS delivered
FROM (SELECT * FROM sales WHERE day <= DATE '{{TO}}'
      UNION ALL SELECT * FROM deliveries WHERE day <= DATE '{{TO}}')
GROUP BY key, day;

-- A shop's days run from the first local day one of its accepted events fell on (ShopDays): a
-- delivery before it never arrives.
CREATE TEMP TABLE shop_first AS
SELECT shop_no, min(day) AS first_day
FROM (SELECT key // 4294967296 AS shop_no, day FROM activity WHERE sold > 0
      UNION ALL SELECT shop_no, day FROM order_events)
GROUP BY shop_no;

DROP TABLE order_events;

-- Region × SKU sales of the classes' window days before FROM (FROM − 27 .. FROM − 1).
CREATE TEMP TABLE region_sku_before AS
SELECT sh.region_id, k.sku, a.day, sum(a.sold)::BIGINT AS units,
       sum(a.value_cents)::BIGINT AS value
FROM activity a
JOIN shops sh ON sh.shop_no = a.key // 4294967296
JOIN skus k ON k.sku_no = a.key % 4294967296
WHERE a.day BETWEEN DATE '{{FROM}}' - 27 AND DATE '{{FROM}}' - 1 AND a.sold > 0
GROUP BY ALL;

-- The days a shop traded (sold anything at all), from FROM on.
CREATE TEMP TABLE shop_open AS
SELECT DISTINCT key // 4294967296 AS shop_no, day FROM activity
WHERE sold > 0 AND day >= DATE '{{FROM}}';

-- Listings and their ledgers, on active days. A shop × SKU is listed from an active day (sold or
-- delivered) on and delisted after 56 idle days (StockLedger.DELIST_AFTER_IDLE_DAYS: the 56th
-- idle day still has its row); a later active day starts a new listing with a fresh ledger.
-- closing = max(0, previous closing + delivered − sold) is, with S the running sum of
-- delivered − sold, S − min(S before the listing, min S so far in it) (the Lindley form; S runs
-- over the shop × SKU's whole window). Stock is known once the listing has seen a delivery.
CREATE TEMP TABLE ledger AS
WITH steps AS (
  SELECT a.*,
         coalesce(a.day - lag(a.day) OVER w, 57) > 56 AS starts,
         sum(a.delivered - a.sold) OVER (w ROWS UNBOUNDED PRECEDING) AS s,
         max(CASE WHEN a.delivered > 0 THEN a.day END) OVER (w ROWS UNBOUNDED PRECEDING)
           AS last_delivery
  FROM activity a JOIN shop_first f ON f.shop_no = a.key // 4294967296
  WHERE a.day >= f.first_day
  WINDOW w AS (PARTITION BY a.key ORDER BY a.day)),
listings AS (
  SELECT *,
         max(CASE WHEN starts THEN day END) OVER (PARTITION BY key ORDER BY day
                                                  ROWS UNBOUNDED PRECEDING) AS listed_on,
         -- on a listing's first day, S before it (S − delivered + sold) is a candidate minimum
         s - CASE WHEN starts THEN greatest(delivered - sold, 0) ELSE 0 END AS s_low
  FROM steps)
SELECT key, listed_on, day, sold, value_cents, delivered,
       coalesce(last_delivery >= listed_on, false) AS known,
       s - min(s_low) OVER (w ROWS UNBOUNDED PRECEDING) AS closing,
       -- the days this active day's closing stands for: to the next active day, or through
       -- the 56th idle day
       coalesce(lead(day) OVER w - 1, day + 56) AS covered_to
FROM listings
WINDOW w AS (PARTITION BY key, listed_on ORDER BY day);

DROP TABLE activity;

-- One row per listing and day from FROM − 6 (for the 7-day trailing rings) through TO. The rings
-- (StockLedger.recentUnits / recentStock) cover the listing's last min(days listed, 7) days. A
-- day is a stock-out when the stock is known, the shop traded that day (sold anything at all) and
-- the closing estimate is 0: with sold > 0 that is sold ≥ opening (SOLD_OUT), with nothing sold an
-- opening of 0 (EMPTY_SHELF).
CREATE TEMP TABLE shop_rows AS
WITH days AS (
  SELECT *, greatest(day, DATE '{{FROM}}' - 6)
              + unnest(range(0, least(covered_to, DATE '{{TO}}')
                                - greatest(day, DATE '{{FROM}}' - 6) + 1))::INTEGER AS date
  FROM ledger
  WHERE covered_to >= DATE '{{FROM}}' - 6),
daily AS (
  SELECT key, listed_on, date, known, closing,
         CASE WHEN date = day THEN sold ELSE 0 END AS sold,
         CASE WHEN date = day THEN value_cents ELSE 0 END AS value_cents,
         CASE WHEN date = day THEN delivered ELSE 0 END AS delivered
  FROM days),
trail AS (
  SELECT *,
         sum(sold) OVER w AS sold_7, sum(closing) OVER w AS stock_7,
         least(date - listed_on + 1, 7) AS window_days
  FROM daily
  WINDOW w AS (PARTITION BY key, listed_on ORDER BY date ROWS 6 PRECEDING))
SELECT t.key, t.date, t.sold, t.value_cents, t.delivered, t.closing, t.known,
       -- SellThroughTally.finish: averages rounded to 6 decimals, kept here in millionths
       round(t.sold_7::DOUBLE / t.window_days * 1e6)::BIGINT AS average_micro,
       round(t.stock_7::DOUBLE / t.window_days * 1e6)::BIGINT AS average_stock_micro,
       t.known AND t.closing = 0 AND o.shop_no IS NOT NULL AS stock_out
FROM trail t
LEFT JOIN shop_open o ON o.shop_no = t.key // 4294967296 AND o.day = t.date
WHERE t.date >= DATE '{{FROM}}';

-- The roll-ups (SellThroughTally.contributions, SellThroughRollupFunction) add up the shop rows:
-- region × SKU here, region × category and supplier × region from those below (the same sums);
-- the rounded averages add up exactly in millionths.
CREATE TEMP TABLE region_skus AS
WITH sums AS (
  SELECT sh.region_id, r.key % 4294967296 AS sku_no, r.date,
         sum(r.sold)::BIGINT AS units_sold, sum(r.value_cents)::BIGINT AS value_cents,
         count(*)::BIGINT AS listed_skus,
         count(*) FILTER (WHERE r.sold > 0)::BIGINT AS selling_skus,
         sum(r.delivered)::BIGINT AS delivered_units,
         sum(r.closing)::BIGINT AS estimated_stock_units,
         count(*) FILTER (WHERE r.known)::BIGINT AS stock_known_skus,
         sum(r.average_micro)::BIGINT AS average_micro,
         sum(r.average_stock_micro)::BIGINT AS average_stock_micro,
         count(*) FILTER (WHERE r.stock_out)::BIGINT AS stock_out_skus
  FROM shop_rows r JOIN shops sh ON sh.shop_no = r.key // 4294967296
  GROUP BY ALL)
SELECT 'region_sku' AS level, s.region_id, NULL::VARCHAR AS shop_id, k.supplier_id, k.category,
       k.sku, s.* EXCLUDE (region_id, sku_no)
FROM sums s JOIN skus k USING (sku_no);

-- The first day a supplier × region has a region × SKU row, from FROM − 27 on (the rows a
-- backfill emits, DayBounds.rowsFrom): MoverClasses' window is min(28, days since then) days,
-- and gives no classes under 7.
CREATE TEMP TABLE group_first AS
SELECT sh.region_id, k.supplier_id, min(greatest(l.listed_on, DATE '{{FROM}}' - 27)) AS first_day
FROM ledger l
JOIN shops sh ON sh.shop_no = l.key // 4294967296
JOIN skus k ON k.sku_no = l.key % 4294967296
WHERE l.covered_to >= DATE '{{FROM}}' - 27 AND l.covered_to = l.day + 56 -- a listing's last span
GROUP BY ALL;

DROP TABLE ledger;

-- ABC / XYZ classes of the region × SKU rows (MoverClasses, AbcXyz): per supplier × region and day,
-- over the window of n = min(28, days since the group's first row) days (none under 7): ABC by
-- the SKUs' sales value (highest first, ties by SKU id; A while the value before it is under 80 %
-- of the total, B under 95 %, C after; all C when the total is 0), XYZ by the coefficient of
-- variation of daily units (population sd / mean ≤ 0.5: X, ≤ 1: Y, else or no sales: Z). A SKU
-- sold in the window is listed on each of its days (a sale lists it for 56 days), so the SKUs
-- ranked on a day are that day's rows, and the window's days before the group's first row have
-- no sales of its SKUs: the sums run over the last 28 days. The class is decided exactly in
-- integers, sd / mean ≤ k ⟺ n·Σu² − (Σu)² ≤ k²·(Σu)², except on the boundary (equality), where
-- the Java computation's rounding decides: it is repeated in doubles, in its order.
CREATE TEMP TABLE classes AS
WITH figures AS (
  SELECT region_id, sku, day, units, value, false AS is_row FROM region_sku_before
  UNION ALL
  SELECT region_id, sku, date, units_sold, value_cents, true FROM region_skus),
windowed AS (
  SELECT region_id, sku, day, is_row,
         sum(units) OVER w AS units, sum(units * units) OVER w AS squares,
         sum(value) OVER w AS value
  FROM figures
  WINDOW w AS (PARTITION BY region_id, sku ORDER BY day
               RANGE BETWEEN INTERVAL 27 DAY PRECEDING AND CURRENT ROW)),
ranked AS (
  SELECT w.region_id, w.sku, w.day, w.units, w.squares, k.supplier_id,
         least(28, w.day - g.first_day + 1) AS n,
         coalesce(sum(w.value) OVER (PARTITION BY w.region_id, k.supplier_id, w.day
                    ORDER BY w.value DESC, w.sku
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS value_before,
         sum(w.value) OVER (PARTITION BY w.region_id, k.supplier_id, w.day) AS value_total
  FROM windowed w JOIN skus k USING (sku)
  JOIN group_first g ON g.region_id = w.region_id AND g.supplier_id = k.supplier_id
  WHERE w.is_row)
SELECT region_id, sku, day, n, units,
       CASE WHEN value_total = 0 OR value_before::DOUBLE / value_total::DOUBLE >= 0.95 THEN 'C'
            WHEN value_before::DOUBLE / value_total::DOUBLE >= 0.8 THEN 'B' ELSE 'A' END AS abc,
       CASE WHEN units <= 0 THEN 'Z'
            WHEN 4 * (n * squares - units * units) < units * units THEN 'X'
            WHEN 4 * (n * squares - units * units) = units * units THEN NULL -- boundary
            WHEN n * squares - units * units < units * units THEN 'Y'
            WHEN n * squares - units * units = units * units THEN NULL -- boundary
            ELSE 'Z' END AS xyz
FROM ranked WHERE n >= 7;

-- The boundary cases (sd / mean exactly 0.5 or 1) as AbcXyz computes them: mean = Σu / n, then
-- Σ (u − mean)² over the n days oldest first, sqrt(that / n) / mean.
UPDATE classes c SET xyz = b.xyz
FROM (
  WITH days AS (
    SELECT c.region_id, c.sku, c.day, c.n, c.units, c.day - unnest(range(c.n))::INTEGER AS d
    FROM classes c WHERE c.xyz IS NULL),
  daily AS (
    SELECT d.region_id, d.sku, d.day, d.n, d.units,
           list(coalesce(f.units, 0)::DOUBLE ORDER BY d.d) AS units_by_day
    FROM days d
    LEFT JOIN (SELECT region_id, sku, date AS day, units_sold AS units FROM region_skus
               UNION ALL
               SELECT region_id, sku, day, units FROM region_sku_before) f
      ON f.region_id = d.region_id AND f.sku = d.sku AND f.day = d.d
    GROUP BY ALL),
  cv AS (
    SELECT region_id, sku, day,
           sqrt(list_reduce(list_transform(units_by_day,
                  u -> (u - units::DOUBLE / n) * (u - units::DOUBLE / n)), (a, b) -> a + b) / n)
             / (units::DOUBLE / n) AS cv
    FROM daily)
  SELECT region_id, sku, day,
         CASE WHEN cv <= 0.5 THEN 'X' WHEN cv <= 1.0 THEN 'Y' ELSE 'Z' END AS xyz
  FROM cv) b
WHERE c.region_id = b.region_id AND c.sku = b.sku AND c.day = b.day;

-- The roll-ups with their classes; region × category and supplier × region from region × SKU.
CREATE TEMP TABLE rollups AS
SELECT r.*, c.abc AS abc_class, c.xyz AS xyz_class
FROM region_skus r
LEFT JOIN classes c ON c.region_id = r.region_id AND c.sku = r.sku AND c.day = r.date
UNION ALL
SELECT CASE WHEN GROUPING(supplier_id) = 1 THEN 'region_category' ELSE 'supplier' END,
       region_id, NULL, supplier_id, category, NULL, date,
       sum(units_sold)::BIGINT, sum(value_cents)::BIGINT, sum(listed_skus)::BIGINT,
       sum(selling_skus)::BIGINT, sum(delivered_units)::BIGINT,
       sum(estimated_stock_units)::BIGINT, sum(stock_known_skus)::BIGINT,
       sum(average_micro)::BIGINT, sum(average_stock_micro)::BIGINT, sum(stock_out_skus)::BIGINT,
       NULL, NULL
FROM region_skus
GROUP BY GROUPING SETS ((region_id, category, date), (region_id, supplier_id, date));

-- StockCover: stock ÷ daily units; 0 without stock, infinite (null) with stock and no sales.
CREATE TEMP MACRO cover(stock, daily) AS
  CASE WHEN stock <= 0 THEN 0.0 WHEN daily <= 0 THEN NULL ELSE stock / daily END;

-- SellThroughTally.finish, and the rows written like the backfill's: sell_through/level=…/date=…/.
COPY (
  WITH tallies AS (
    SELECT 'shop_sku' AS level, sh.region_id, sh.shop_id, k.supplier_id, k.category, k.sku, r.date,
           r.sold AS units_sold, r.value_cents, 1::BIGINT AS listed_skus,
           (r.sold > 0)::BIGINT AS selling_skus, r.delivered AS delivered_units,
           r.closing AS estimated_stock_units, r.known::BIGINT AS stock_known_skus,
           r.average_micro, r.average_stock_micro, r.stock_out::BIGINT AS stock_out_skus,
           NULL::VARCHAR AS abc_class, NULL::VARCHAR AS xyz_class
    FROM shop_rows r
    JOIN shops sh ON sh.shop_no = r.key // 4294967296
    JOIN skus k ON k.sku_no = r.key % 4294967296
    UNION ALL
    SELECT * FROM rollups),
  averages AS (
    SELECT *, average_micro / 1e6 AS average_daily_units,
           average_stock_micro / 1e6 AS average_stock_units
    FROM tallies)
  SELECT a.level, a.region_id, a.shop_id, a.supplier_id, a.category, a.sku, a.date,
         a.units_sold, a.value_cents, a.listed_skus, a.selling_skus,
         CASE WHEN a.listed_skus = 0 THEN 0.0 ELSE a.selling_skus / a.listed_skus END
           AS sell_through_rate,
         a.delivered_units, a.estimated_stock_units, a.stock_known_skus, a.average_daily_units,
         cover(a.estimated_stock_units::DOUBLE, a.average_daily_units) AS days_of_cover,
         a.average_stock_units,
         cover(a.average_stock_units, a.average_daily_units) AS turnover_days,
         a.stock_out_skus,
         CASE WHEN a.listed_skus = 0 THEN 0.0 ELSE a.stock_out_skus / a.listed_skus END
           AS stock_out_rate,
         a.abc_class, a.xyz_class, d.closed_at
  FROM averages a JOIN region_days d ON d.region_id = a.region_id AND d.day = a.date)
TO '{{OUT}}/sell_through'
  (FORMAT parquet, PARTITION_BY (level, date), WRITE_PARTITION_COLUMNS true);
