// A webhook application as jambonz users write them: express with express.json(), checking
// each request with the official SDKs' own signature verifiers. Started by
// tests/test_webhook_signatures.py; node finds the packages in the repository's
// node_modules (npm ci).
//
// It listens on 127.0.0.1 (an ephemeral port, printed as {"port": N} on the first line of
// stdout) and exits when its stdin closes.
//
//   POST /_config/<key>  {"secret": "...", "replies": {"/call": [...verbs]}}
//       the secret the hooks under /hook/<key>/ are verified with, and what they answer
//       (default []); also forgets what they saw.
//   GET  /_seen/<key>    what arrived under /hook/<key>/, in order: one record per request
//       {method, url, signature, raw (base64 of the body bytes), reserialised
//        (JSON.stringify(req.body), null without a body), nodeClient, sdk}, where each
//       verifier's verdict is {ok, error}.
//   any  /hook/<key>/... a webhook: verified by both SDKs, recorded, answered.
"use strict";

const express = require("express");
const { WebhookResponse: NodeClientResponse } = require("@jambonz/node-client");
const { WebhookResponse: SdkResponse } = require("@jambonz/sdk/webhook");

const hooks = new Map();

// Runs an express middleware and reports whether it let the request through. The
// node-client's verifier throws; the SDK's passes the error to next().
function verdict(middleware, req) {
  return new Promise((resolve) => {
    try {
      middleware(req, {}, (err) =>
        resolve(err ? { ok: false, error: String(err.message || err) } : { ok: true, error: null }),
      );
    } catch (err) {
      resolve({ ok: false, error: String(err.message || err) });
    }
  });
}

const app = express();
// The raw bytes are kept only to report them; the verifiers use what they always use.
app.use(express.json({ verify: (req, _res, buf) => { req.rawBody = Buffer.from(buf); } }));

app.post("/_config/:key", (req, res) => {
  hooks.set(req.params.key, { secret: req.body.secret, replies: req.body.replies || {}, seen: [] });
  res.json({});
});

app.get("/_seen/:key", (req, res) => {
  const hook = hooks.get(req.params.key);
  res.json(hook ? hook.seen : null);
});

app.use("/hook/:key", async (req, res) => {
  const hook = hooks.get(req.params.key);
  if (!hook) {
    res.status(404).json({ msg: "no such key" });
    return;
  }
  const record = {
    method: req.method,
    url: req.originalUrl,
    signature: req.get("Jambonz-Signature") || null,
    raw: req.rawBody ? req.rawBody.toString("base64") : "",
    reserialised: req.body === undefined ? null : JSON.stringify(req.body),
    nodeClient: await verdict(NodeClientResponse.verifyJambonzSignature(hook.secret), req),
    sdk: await verdict(SdkResponse.verifySignature(hook.secret), req),
  };
  hook.seen.push(record);
  res.json(hook.replies[req.path] || []);
});

const server = app.listen(0, "127.0.0.1", () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + "\n");
});
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
