-- POST /api/posts as the bench user.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
local n = 0
request = function()
  n = n + 1
  wrk.body = '{"title":"wrk post ' .. n .. '","content":"written under load, 부하 테스트 ' .. n .. '"}'
  return wrk.format(nil, nil, nil, wrk.body)
end
