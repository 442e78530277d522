-- POST /v1/Applications with two hooks; each request has a unique name
-- (run id + wrk thread id + a counter), so none is refused as a duplicate.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local run_id = os.getenv("BENCH_RUN_ID") or "run"
local account_sid = os.getenv("BENCH_ACCOUNT_SID")
local hook_base = os.getenv("BENCH_HOOK_BASE") or "http://127.0.0.1:3100"
local counter = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  counter = counter + 1
  local body = string.format(
    '{"name":"bench-%s-%d-%d","account_sid":"%s",' ..
    '"call_hook":{"url":"%s/call","method":"POST"},' ..
    '"call_status_hook":{"url":"%s/status","method":"POST"}}',
    run_id, thread_id or 0, counter, account_sid, hook_base, hook_base)
  return wrk.format(nil, nil, nil, body)
end
