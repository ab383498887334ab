-- Transfers: find the incoming half of a movement (exports, history).
CREATE INDEX stock_movements_pair ON stock_movements(pair_id) WHERE pair_id IS NOT NULL;
