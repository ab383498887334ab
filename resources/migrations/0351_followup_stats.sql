-- Per-agent and per-technician follow-up statistics (FollowUpService::stats): one covering
-- range of the follow-ups completed in the period, instead of ~70,000 table rows a month at
-- 1,000,000 orders. It starts with done_at, so it serves everything followups_done did; the
-- (agent_id, done_at) and (technician_id, done_at) indexes served only these statistics, and
-- with them the planner preferred a skip-scan that read the table rows.
CREATE INDEX followups_stats ON followups(done_at, agent_id, technician_id, satisfaction, done_on, due_date);
DROP INDEX followups_done;
DROP INDEX followups_agent;
DROP INDEX followups_technician;
