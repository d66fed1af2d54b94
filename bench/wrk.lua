-- wrk script for bench/http.sh. Arguments after "--": MODE [QUERIES_FILE]
--   search: cycles through the questions of QUERIES_FILE (URL-encoded) on /api/v1/search
--   health: GET /health
-- done() prints one machine-readable RESULT line that bench/http.sh parses.

local paths = {}
local counter = 0

local function urlencode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  local mode = args[1] or "search"
  if mode == "health" then
    paths[1] = "/health"
    return
  end
  for line in io.lines(args[2] or "bench/queries.txt") do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      paths[#paths + 1] = "/api/v1/search?q=" .. urlencode(line)
    end
  end
  -- Threads start at different questions so that they do not ask the same one in step.
  counter = math.random(#paths) - 1
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.status, e.timeout))
end
