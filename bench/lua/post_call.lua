-- POST /v1/Accounts/{sid}/Calls: an outbound call whose call_hook (on bench/appserver.py)
-- answers with a hangup; the simulator (JAMBONZ_SIM_SPEED) makes it end quickly.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")

local hook_base = os.getenv("BENCH_HOOK_BASE") or "http://127.0.0.1:3100"

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format(
  '{"from":"15085550100","to":{"type":"phone","number":"15085550199"},' ..
  '"call_hook":{"url":"%s/call","method":"POST"},' ..
  '"call_status_hook":{"url":"%s/status","method":"POST"}}',
  hook_base, hook_base)
