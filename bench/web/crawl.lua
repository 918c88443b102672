-- wrk script for bench/web/crawl.sh: every wrk thread walks its share of the URL list in $URLS once, with the
-- Accept-Encoding a search engine sends ($ACCEPT_ENCODING), then stops; so one run requests every page once.
local paths = {}
for line in io.lines(os.getenv("URLS")) do paths[#paths + 1] = line end
local threads = tonumber(os.getenv("THREADS"))
local encoding = os.getenv("ACCEPT_ENCODING")
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

function init(args)
  position = id
  answered = 0
  mine = math.floor((#paths - id + threads - 1) / threads)
end

function request()
  local path = paths[(position % #paths) + 1]
  position = position + threads
  return wrk.format("GET", path, { ["Accept-Encoding"] = encoding })
end

function response(status, headers, body)
  if status ~= 200 then io.stderr:write("status " .. status .. "\n") end
  answered = answered + 1
  if answered >= mine then wrk.thread:stop() end
end
