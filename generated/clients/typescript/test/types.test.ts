/**
 * How `GET` types a paged list's answer, checked by the compiler: `npm test` runs `tsc`
 * first, which fails on a wrong type here and on an `@ts-expect-error` that no longer
 * finds an error. Nothing is sent: `answers` is only compiled, never called.
 */
import assert from "node:assert/strict";
import { test } from "node:test";

import type { JambonzClient, Schemas } from "../src/index.js";

type Application = Schemas["Application"];

export async function answers(api: JambonzClient, maybePage: number | undefined): Promise<void> {
  // No second argument, an empty one, or one without `page`: the bare array.
  const bare = await api.GET("/Applications");
  if (bare.data) {
    const apps: Application[] = bare.data;
    void apps;
  }
  const empty = await api.GET("/Applications", {});
  if (empty.data) {
    const apps: Application[] = empty.data;
    void apps;
  }
  const named = await api.GET("/Applications", { params: { query: { name: "ivr" } } });
  if (named.data) {
    const apps: Application[] = named.data;
    void apps;
  }
  const scoped = await api.GET("/Accounts/{AccountSid}/Applications", {
    params: { path: { AccountSid: "9c7e0d52-8a7e-4f0b-9a50-0f5e8a1d2c33" } },
  });
  if (scoped.data) {
    const apps: Application[] = scoped.data;
    void apps;
  }

  // `page` given: the page object.
  const paged = await api.GET("/Accounts/{AccountSid}/Applications", {
    params: { path: { AccountSid: "9c7e0d52-8a7e-4f0b-9a50-0f5e8a1d2c33" }, query: { page: 2 } },
  });
  if (paged.data) {
    const page: Schemas["ApplicationPage"] = paged.data;
    // @ts-expect-error -- with `page` the answer is not an array
    const apps: Application[] = paged.data;
    void page;
    void apps;
  }
  const carriers = await api.GET("/VoipCarriers", { params: { query: { page: 1, page_size: 5 } } });
  if (carriers.data) {
    const total: number = carriers.data.total;
    void total;
  }

  // A `page` that may be undefined: either shape, as the contract says.
  const either = await api.GET("/PhoneNumbers", { params: { query: { page: maybePage } } });
  if (either.data) {
    const list: Schemas["PhoneNumberList"] = either.data;
    // @ts-expect-error -- it may be a page
    const numbers: Schemas["PhoneNumber"][] = either.data;
    void list;
    void numbers;
  }

  // Everything else is typed exactly as openapi-fetch types it.
  const one = await api.GET("/Applications/{ApplicationSid}", {
    params: { path: { ApplicationSid: "7d2a4b1c-3e5f-4a6b-8c9d-0e1f2a3b4c5d" } },
  });
  if (one.data) {
    const app: Application = one.data;
    void app;
  }
  if (one.error) {
    const msg: string = one.error.msg;
    void msg;
  }
  const providers = await api.GET("/ServiceProviders");
  if (providers.data) {
    const list: Schemas["ServiceProvider"][] = providers.data;
    void list;
  }
  // @ts-expect-error -- the path parameter is still required
  await api.GET("/Accounts/{AccountSid}/Applications");
  // @ts-expect-error -- a list that is never paged takes no `page`
  await api.GET("/ServiceProviders", { params: { query: { page: 1 } } });
}

test("the answer types above compiled", () => {
  assert.equal(typeof answers, "function");
});
