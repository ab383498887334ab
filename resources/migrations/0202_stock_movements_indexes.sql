-- Fewer, cheaper indexes on stock_movements (issue 4 performance targets): every movement row was
-- written into six indexes, two of them at a random place; a stocktake of 5,000 adjustments dirtied
-- ~12,000 index pages and an import of 1,000,000 movements spent most of its time in B-tree inserts.
-- Queries that read movements and the index that serves each (docs/PERFORMANCE.md, "Parts and stock"):
--   part history (per location), stocktake per part, reconcile             stock_movements_location_part (location_id, part_id, id)
--   stocktake: movements at a location since the freeze                    the rowid range id > frozen (no index)
--   orders' parts, order charges, work order, KPI fill rate                  stock_movements_order (partial)
--   export by date, KPI issues/consumption/stock value                     stock_movements_at (at)
--   defective stock report                                                  stock_movements_defective (partial)
--   transfers (export's to_location)                                        stock_movements_pair (partial)
-- (part_id, type, at) served only the slow-moving report (last issue of a part; issues since a
-- date), which looks for type = 'issue' only: a partial index of the issues replaces it, so
-- receipts, transfers, adjustments and the rest no longer pay for it.
DROP INDEX stock_movements_part_type;
CREATE INDEX stock_movements_issue ON stock_movements(part_id, at) WHERE type = 'issue';
-- (location_id, id) served only "movements at a location since a stocktake's freeze": those are
-- the end of the table, read as a rowid range (StocktakeService), so it goes as well.
DROP INDEX stock_movements_location;
-- (part_id, location_id, id) becomes (location_id, part_id, id): a stocktake counts one location,
-- so its adjustments land in one contiguous stretch of the index (several parts a page) instead of
-- one page per part; a part's history over all locations is a seek per location.
DROP INDEX stock_movements_part;
CREATE INDEX stock_movements_location_part ON stock_movements(location_id, part_id, id);
-- Defective stock report (PartQueries::defective, newest first): scrapped and rejected rows only,
-- so the report no longer walks the whole date index (3 s at 6,000,000 movements with few
-- defectives); other movements never touch it.
CREATE INDEX stock_movements_defective ON stock_movements(at) WHERE (type = 'scrap' AND qty < 0) OR rejected_qty > 0;
