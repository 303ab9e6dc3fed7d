-- wrk reports median and 95th percentile latency (ms), throughput and failures as one JSON line,
-- which deploy/bench/run.py reads.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"p50_ms": %.2f, "p95_ms": %.2f, "rps": %.1f, "requests": %d, "failed": %d}\n',
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.requests / seconds,
    summary.requests, errors.connect + errors.read + errors.write + errors.timeout + errors.status))
end
