-- wrk script of RegistrationBurstBenchmark: confirms registrations, each token once, by
-- POST {the URL's path}{token} (/api/v1/confirmations/ for the application).
-- Arguments (after "--"): the token file (one token a line) and the number of wrk threads (-t).
-- Thread i sends every i-th token. A thread whose tokens are all sent waits (delay) instead of
-- sending more; once all its answers are in it prints "DONE <thread>", and the benchmark stops
-- wrk (SIGINT), which then reports the time up to that moment.

local threads = {}
local created = 0

function setup(thread)
   created = created + 1
   thread:set("id", created)
   table.insert(threads, thread)
end

function init(args)
   -- args[0] is the URL; the script's own arguments follow
   local file, count = args[1], tonumber(args[2])
   tokens = {}
   local line_number = 0
   for line in io.lines(file) do
      if line ~= "" then
         if line_number % count == id - 1 then
            table.insert(tokens, line)
         end
         line_number = line_number + 1
      end
   end
   reserved, sent, answered, ok, other = 0, 0, 0, 0, 0
   -- wrk asks the first thread for one request to check it before the run, and never sends it.
   checking = id == 1
end

-- Called before each request: a connection gets a token only while there are tokens left (reserved
-- here, so that two connections never both take the last one).
function delay()
   if reserved >= #tokens then
      return 3600000
   end
   reserved = reserved + 1
   return 0
end

function request()
   if checking then
      checking = false
      return wrk.format("POST", wrk.path .. tokens[1])
   end
   sent = sent + 1
   return wrk.format("POST", wrk.path .. (tokens[sent] or "none"))
end

function response(status, headers, body)
   answered = answered + 1
   if status == 200 then
      ok = ok + 1
   else
      other = other + 1
   end
   if answered == #tokens then
      io.write("DONE " .. id .. "\n")
      io.flush()
   end
end

function done(summary, latency, requests)
   local ok_total, other_total = 0, 0
   for _, thread in ipairs(threads) do
      ok_total = ok_total + thread:get("ok")
      other_total = other_total + thread:get("other")
   end
   local e = summary.errors
   io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d expected=%d unexpected=%d socket_errors=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
      latency.max, ok_total, other_total, e.connect + e.read + e.write + e.timeout))
end
