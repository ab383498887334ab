-- Charges: misuse (in warranty but charged), the customer's consent to the quote.
ALTER TABLE service_orders ADD COLUMN misuse INTEGER NOT NULL DEFAULT 0;
ALTER TABLE service_orders ADD COLUMN quote_consent_at TEXT;
ALTER TABLE service_orders ADD COLUMN quote_consent_by TEXT;
