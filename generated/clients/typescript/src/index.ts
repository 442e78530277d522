/**
 * A thin typed client for the jambonz REST API.
 *
 * `schema.ts` is generated from openapi/jambonz.yaml by openapi-typescript (`make clients`);
 * this file only binds openapi-fetch to it and adds the bearer token, so every path, body,
 * parameter and answer (including the `{msg}` error bodies) is typed by the contract itself.
 */
import createClient, { type Client, type ClientOptions } from "openapi-fetch";

import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };

/** The contract's named schemas, e.g. `Schemas["Application"]`, `Schemas["ApiError"]`. */
export type Schemas = components["schemas"];

/** The error body every failing operation answers with: `{"msg": "..."}`. */
export type ApiError = Schemas["ApiError"];

export type JambonzClient = Client<paths, "application/json">;

/**
 * Create a client for the server at `baseUrl`, the API root including `/v1`
 * (e.g. `http://127.0.0.1:3000/v1`), sending `token` as `Authorization: Bearer <token>`
 * on every request. `options` go to openapi-fetch (a custom `fetch`, extra headers, ...).
 */
export function createJambonzClient(
  baseUrl: string,
  token: string,
  options: Omit<ClientOptions, "baseUrl"> = {},
): JambonzClient {
  const client = createClient<paths>({ ...options, baseUrl: baseUrl.replace(/\/+$/, "") });
  client.use({
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  });
  return client;
}
