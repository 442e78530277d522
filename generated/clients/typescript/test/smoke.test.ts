/**
 * Smoke test of the generated client against a RUNNING server (`make ts-test` starts one).
 *
 * JAMBONZ_URL is the API root including /v1, JAMBONZ_ADMIN_TOKEN the server's admin token.
 * The test drives a whole tenant through the typed client: service provider, account,
 * application, account key, a list with that key, a simulated call to a voice app served by
 * this test itself, and one typed failure.
 */
import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";

import { type ApiError, createJambonzClient, type Schemas } from "../src/index.js";

const BASE = process.env.JAMBONZ_URL;
const ADMIN = process.env.JAMBONZ_ADMIN_TOKEN;
if (!BASE || !ADMIN) {
  throw new Error("set JAMBONZ_URL (e.g. http://127.0.0.1:3000/v1) and JAMBONZ_ADMIN_TOKEN");
}
const admin = createJambonzClient(BASE, ADMIN);
const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The voice application: answers every webhook with a short verb list, records requests. */
const received: { path: string; body: Record<string, unknown> }[] = [];
let app: Server;
let appUrl = "";

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

before(async () => {
  app = createServer((req, res) => {
    readJson(req).then((body) => {
      received.push({ path: req.url ?? "", body });
      const verbs = req.url === "/call" ? [{ verb: "say", text: "hi" }, { verb: "hangup" }] : [];
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(verbs));
    });
  });
  app.listen(0, "127.0.0.1");
  await once(app, "listening");
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
});

after(() => {
  app.closeAllConnections();
  app.close();
});

/** Shared by the steps: each test builds on the one before. */
const state: { sp?: string; account?: string; application?: string; token?: string } = {};

function need(value: string | undefined, what: string): string {
  assert.ok(value, `${what} was not created by an earlier step`);
  return value;
}

test("create a service provider", async () => {
  const { data, error, response } = await admin.POST("/ServiceProviders", {
    body: { name: `ts-sp-${unique}` },
  });
  assert.equal(response.status, 201, JSON.stringify(error));
  assert.match(data?.sid ?? "", /^[0-9a-f-]{36}$/);
  state.sp = data?.sid;
});

test("create an account", async () => {
  const { data, error, response } = await admin.POST("/Accounts", {
    body: { name: `ts-account-${unique}`, service_provider_sid: need(state.sp, "sp") },
  });
  assert.equal(response.status, 201, JSON.stringify(error));
  state.account = data?.sid;
});

test("create an application", async () => {
  const { data, error, response } = await admin.POST("/Applications", {
    body: {
      name: `ts-app-${unique}`,
      account_sid: need(state.account, "account"),
      call_hook: { url: `${appUrl}/call`, method: "POST" },
      call_status_hook: `${appUrl}/status`,
    },
  });
  assert.equal(response.status, 201, JSON.stringify(error));
  state.application = data?.sid;
});

test("create an account key", async () => {
  const { data, error, response } = await admin.POST("/ApiKeys", {
    body: { account_sid: need(state.account, "account") },
  });
  assert.equal(response.status, 201, JSON.stringify(error));
  assert.ok(data?.token, "the token is returned once, on creation");
  state.token = data?.token;
});

test("list applications with the account key", async () => {
  const mine = createJambonzClient(BASE, need(state.token, "account key"));
  const { data, error, response } = await mine.GET("/Applications");
  assert.equal(response.status, 200, JSON.stringify(error));
  assert.ok(data);
  // Without `page` the answer is typed as the bare array the server sends: no Array.isArray.
  const apps: Schemas["Application"][] = data;
  assert.ok(Array.isArray(apps), "without `page` the answer is a bare array");
  assert.deepEqual(
    apps.map((a) => a.application_sid),
    [state.application],
    "an account key sees exactly its own account's applications",
  );
  assert.equal(apps[0]?.call_hook?.url, `${appUrl}/call`);
});

test("a page of applications is typed as the page", async () => {
  const mine = createJambonzClient(BASE, need(state.token, "account key"));
  const { data, error, response } = await mine.GET("/Accounts/{AccountSid}/Applications", {
    params: { path: { AccountSid: need(state.account, "account") }, query: { page: 1, page_size: 10 } },
  });
  assert.equal(response.status, 200, JSON.stringify(error));
  assert.ok(data);
  const page: Schemas["ApplicationPage"] = data;
  // @ts-expect-error -- with `page` the answer is the page object, not an array.
  const notAnArray: Schemas["Application"][] = data;
  assert.equal(Array.isArray(notAnArray), false);
  assert.deepEqual(
    { total: page.total, page: page.page, page_size: page.page_size },
    { total: 1, page: 1, page_size: 10 },
  );
  assert.deepEqual(
    page.data.map((a) => a.application_sid),
    [state.application],
  );
});

test("a page that may or may not be asked for leaves the union", async () => {
  const mine = createJambonzClient(BASE, need(state.token, "account key"));
  const query: { page?: number } = {};
  const { data } = await mine.GET("/Applications", { params: { query } });
  assert.ok(data);
  // @ts-expect-error -- `page` is optional here, so the answer may be either shape.
  const apps: Schemas["Application"][] = data;
  const either: Schemas["ApplicationList"] = data;
  assert.ok(Array.isArray(apps) && Array.isArray(either));
});

test("a list that is never paged is typed as its array", async () => {
  const { data, error, response } = await admin.GET("/ServiceProviders");
  assert.equal(response.status, 200, JSON.stringify(error));
  assert.ok(data);
  const providers: Schemas["ServiceProvider"][] = data;
  assert.ok(providers.some((sp) => sp.service_provider_sid === state.sp));
});

test("place a simulated call and read it back", async () => {
  const account = need(state.account, "account");
  const mine = createJambonzClient(BASE, need(state.token, "account key"));
  const placed = await mine.POST("/Accounts/{AccountSid}/Calls", {
    params: { path: { AccountSid: account } },
    body: {
      from: "15085550100",
      to: { type: "phone", number: "15085550199" },
      call_hook: `${appUrl}/call`,
      tag: { from: "typescript smoke test" },
    },
  });
  assert.equal(placed.response.status, 201, JSON.stringify(placed.error));
  const callSid = need(placed.data?.sid, "call");

  let call: Schemas["Call"] | undefined;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const got = await mine.GET("/Accounts/{AccountSid}/Calls/{CallSid}", {
      params: { path: { AccountSid: account, CallSid: callSid } },
    });
    assert.equal(got.response.status, 200, JSON.stringify(got.error));
    call = got.data;
    if (call?.call_status === "completed") break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(call?.call_sid, callSid);
  assert.equal(call?.call_status, "completed", JSON.stringify(call));
  assert.equal(call?.direction, "outbound");
  assert.equal(call?.account_sid, account);
  const hook = received.find((r) => r.path === "/call");
  assert.ok(hook, "the application's call_hook was requested");
  assert.equal(hook.body.call_sid, callSid);
});

test("a 400 answers a typed {msg} error", async () => {
  const { data, error, response } = await admin.POST("/ServiceProviders", {
    // @ts-expect-error -- `name` is required by the contract; the server must refuse it too.
    body: { description: "no name" },
  });
  assert.equal(response.status, 400);
  assert.equal(data, undefined);
  const typed: ApiError | undefined = error;
  assert.equal(typeof typed?.msg, "string");
  assert.match(typed?.msg ?? "", /name/);
  assert.deepEqual(Object.keys(typed ?? {}), ["msg"]);
});
