-- wrk script: every request is a different URL (the given path and query with "&n=<number>" appended),
-- so no copy kept by the portal can answer it: measures a search that nobody has read just before.
--   wrk ... -s bench/distinct.lua http://host:port -- '/?region=BISHKEK'
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  path = args[1] or "/"
  separator = string.find(path, "?", 1, true) and "&" or "?"
  counter = 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", path .. separator .. "n=" .. (counter * 2 + id))
end
