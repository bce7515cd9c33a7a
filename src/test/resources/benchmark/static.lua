-- wrk script of RegistrationBurstBenchmark: the client's own ceiling. One fixed GET (wrk builds it
-- once: no request() here), no look at the answers; only the figures at the end.

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d expected=%d unexpected=%d socket_errors=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
      latency.max, summary.requests - e.status, e.status, e.connect + e.read + e.write + e.timeout))
end
