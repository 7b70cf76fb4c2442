-- The scraper beside the load: one connection, a pause between scrapes (BENCH_SCRAPE_DELAY_MS, default 50), and
-- the Accept header Prometheus sends, so each sample is one whole OpenMetrics scrape. Appended to report.lua.
local pause = tonumber(os.getenv("BENCH_SCRAPE_DELAY_MS") or "50")
wrk.headers["Accept"] = "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5"
delay = function() return pause end
