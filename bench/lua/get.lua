-- A GET of the URL wrk is given, with BENCH_TOKEN as bearer (none when empty).
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
