-- wrk script of RegistrationBurstBenchmark: the application's own floor on the confirmation path,
-- POST /api/v1/confirmations/{unknown token} (a 404 after one indexed lookup that finds nothing).
-- Every request has a token of its own, so no cache anywhere answers it.

local threads = {}
local created = 0

function setup(thread)
   created = created + 1
   thread:set("id", created)
   table.insert(threads, thread)
end

function init(args)
   counter, expected, unexpected = 0, 0, 0
end

function request()
   counter = counter + 1
   return wrk.format("POST", wrk.path .. "unknown-" .. id .. "-" .. counter)
end

function response(status, headers, body)
   if status == 404 then
      expected = expected + 1
   else
      unexpected = unexpected + 1
   end
end

function done(summary, latency, requests)
   local expected_total, unexpected_total = 0, 0
   for _, thread in ipairs(threads) do
      expected_total = expected_total + thread:get("expected")
      unexpected_total = unexpected_total + thread:get("unexpected")
   end
   local e = summary.errors
   io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d expected=%d unexpected=%d socket_errors=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
      latency.max, expected_total, unexpected_total, e.connect + e.read + e.write + e.timeout))
end
