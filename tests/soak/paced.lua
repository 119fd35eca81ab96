-- wrk script for tests/soak.sh: random real certificate numbers from $NUMBERS; every connection pauses
-- $PAUSE_MS (fractional, carried over between requests since wrk's delay() counts whole milliseconds)
-- before each request, which paces the offered rate; status classes are counted per thread and summed.
local numbers = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("NUMBERS")) do numbers[#numbers + 1] = line end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + #threads)
  pause = tonumber(os.getenv("PAUSE_MS") or "0")
  owed = 0
  s2, s3, s4, s5 = 0, 0, 0, 0
end

function request()
  return wrk.format("GET", "/api/v1/certificates/" .. numbers[math.random(#numbers)])
end

function delay()
  owed = owed + pause
  local whole = math.floor(owed)
  owed = owed - whole
  return whole
end

function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
end

function done(summary, latency, requests)
  local c2, c3, c4, c5 = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    c2 = c2 + t:get("s2"); c3 = c3 + t:get("s3"); c4 = c4 + t:get("s4"); c5 = c5 + t:get("s5")
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f 2xx=%d 3xx=%d 4xx=%d 5xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    c2, c3, c4, c5, e.connect, e.read, e.write, e.timeout))
end
