-- wrk script: POST /api/applications with a unique Idempotency-Key per request, so every request is a new application.
local counter = 0

function setup(thread)
  thread:set("prefix", string.format("bench-%d-%d", os.time(), math.random(1, 1000000000)))
end

function request()
  counter = counter + 1
  local key = prefix .. "-" .. counter
  local body = string.format(
    '{"name":"Bench %d","email":"bench%d@example.com","currentRole":"Data Analyst","targetRole":"machine-learning-engineer",' ..
    '"yearsOfExperience":%d,"location":"Leeds","message":"Load test submission %s with a few sentences of text to store.","consent":true}',
    counter, counter, counter % 40, key)
  return wrk.format("POST", "/api/applications", { ["Content-Type"] = "application/json", ["Idempotency-Key"] = key }, body)
end
