// Writes into Redis what a jambonz cluster writes there, with the package its feature
// servers and SBCs write it with (@jambonz/realtimedb-helpers, from node_modules: npm ci).
// Started by tests/test_jambonz_engine.py, once per batch of writes.
//
// stdin: {"redis": {"host", "port", "db"}, "steps": [[method, ...args], ...]}
//   each step calls the helpers' method with its arguments, in order, e.g.
//   ["updateCallStatus", callInfo, serviceUrl]   what a feature server writes at every
//                                                 status change of a call leg
//   ["addToSet", "<cluster>:fs-service-url", url] what the SBCs keep of feature servers
//   ["addKey", "outcalls:account:<sid>", "2"]     a string key (the SBCs' counters)
// stdout: the steps' results, as one JSON array. Exits non-zero on an unknown method or
// a step that throws.
"use strict";

const makeHelpers = require("@jambonz/realtimedb-helpers");

const METHODS = new Set([
  "updateCallStatus",
  "addToSet",
  "removeFromSet",
  "addKey",
  "deleteKey",
  "incrKey",
]);

async function run(input) {
  const { redis, steps } = JSON.parse(input);
  const helpers = makeHelpers({ ...redis, maxRetriesPerRequest: 1 });
  try {
    const results = [];
    for (const [method, ...args] of steps) {
      if (!METHODS.has(method)) throw new Error(`not a writer's method: ${method}`);
      results.push(await helpers[method](...args));
    }
    process.stdout.write(JSON.stringify(results));
  } finally {
    await helpers.client.quit();
  }
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  input += chunk;
});
process.stdin.on("end", () => {
  run(input).catch((err) => {
    process.stderr.write(`${err.stack || err}\n`);
    process.exit(1);
  });
});
