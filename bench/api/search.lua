-- GET /api/posts/search with keywords that match some, many or no posts.
local keywords = {"keyword7", "keyword42", "undertow", "%EC%84%9C%EC%9A%B8", "spring%20boot", "nothing-here", "%EA%B8%80%2012"}
request = function()
  return wrk.format("GET", "/api/posts/search?size=20&keyword=" .. keywords[math.random(#keywords)])
end
