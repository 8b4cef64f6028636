-- GET /api/posts/{id} over the seeded ids.
local min_id = tonumber(os.getenv("MIN_ID"))
local max_id = tonumber(os.getenv("MAX_ID"))
request = function()
  return wrk.format("GET", "/api/posts/" .. math.random(min_id, max_id))
end
