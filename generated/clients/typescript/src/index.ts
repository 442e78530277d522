/**
 * A thin typed client for the jambonz REST API.
 *
 * `schema.ts` is generated from the contract (generated/openapi.yaml) by openapi-typescript
 * (`make clients`); this file only binds openapi-fetch to it, adds the bearer token, and
 * types the answer of a paged list by the call (below), so every path, body, parameter and
 * answer (including the `{msg}` error bodies) is typed by the contract itself.
 *
 * Paged lists. `GET /Applications`, `/VoipCarriers`, `/PhoneNumbers`, `.../Messages` and
 * their scoped forms answer a bare array, or one page object `{total, page, page_size,
 * data}` when the query has `page`. OpenAPI cannot tie a response's schema to a query
 * parameter, so the contract (and `schema.ts`) can only say "array or page". `GET` here
 * narrows that union by the call: without `page` the data is the array, with `page: number`
 * it is the page, and only a `page` that may or may not be there (an optional property)
 * leaves the union. Nothing changes at run time: it is openapi-fetch's own `GET`.
 */
import createClient, {
  type Client,
  type ClientOptions,
  type FetchResponse,
  type MaybeOptionalInit,
} from "openapi-fetch";
import type { PathsWithMethod, RequiredKeysOf } from "openapi-typescript-helpers";

import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };

/** The contract's named schemas, e.g. `Schemas["Application"]`, `Schemas["ApiError"]`. */
export type Schemas = components["schemas"];

/** The error body every failing operation answers with: `{"msg": "..."}`. */
export type ApiError = Schemas["ApiError"];

type Media = "application/json";
type GetPath = PathsWithMethod<paths, "get">;
type GetInit<Path extends GetPath> = MaybeOptionalInit<paths[Path], "get">;

/** openapi-fetch's rule for the second argument: optional unless something in it is required. */
type InitArgument<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & { [key: string]: unknown })?]
    : [Init & { [key: string]: unknown }];

/** The query of a call's second argument (`{}` when it has none). */
type QueryOf<Init> = [NonNullable<Init>] extends [{ params: infer Params }]
  ? [Params] extends [{ query?: infer Query }]
    ? NonNullable<Query>
    : {}
  : {};

/** The type of the query's `page`: `undefined` when the query has no `page`. */
type PageOf<Init> = "page" extends keyof QueryOf<Init> ? QueryOf<Init>["page" & keyof QueryOf<Init>] : undefined;

/**
 * Whether a call sends `page`: "no", "yes", or "maybe" (a `page` typed as optional). With no
 * second argument TypeScript infers `Init` as its constraint `Default`, which says "maybe"
 * about every parameter: that case is "no", since nothing is sent.
 */
type PageSent<Init, Default> = [Default] extends [Init]
  ? "no"
  : [PageOf<Init>] extends [undefined]
    ? "no"
    : [PageOf<Init>] extends [number]
      ? "yes"
      : "maybe";

/** The array or the page of a paged list's data, as `Sent` says; any other data as it is. */
type ListOrPage<Data, Sent> = [Extract<Data, readonly unknown[]>] extends [never]
  ? Data
  : [Exclude<Data, readonly unknown[]>] extends [never]
    ? Data
    : Sent extends "no"
      ? Extract<Data, readonly unknown[]>
      : Sent extends "yes"
        ? Exclude<Data, readonly unknown[]>
        : Data;

/** openapi-fetch's answer with the success branch's `data` narrowed by `ListOrPage`. */
type Narrowed<Answer, Sent> = Answer extends { data: infer Data; error?: never; response: Response }
  ? Omit<Answer, "data"> & { data: ListOrPage<Data, Sent> }
  : Answer;

/** `GET` as openapi-fetch types it, with a paged list's answer narrowed by the call. */
export type JambonzGet = <Path extends GetPath, Init extends GetInit<Path>>(
  url: Path,
  ...init: InitArgument<Init>
) => Promise<Narrowed<FetchResponse<paths[Path]["get"], Init, Media>, PageSent<Init, GetInit<Path>>>>;

/** An openapi-fetch client of this contract (`GET`, `POST`, `PUT`, `DELETE`, `use`, ...). */
export type JambonzClient = Omit<Client<paths, Media>, "GET"> & { GET: JambonzGet };

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
  const client = createClient<paths, Media>({ ...options, baseUrl: baseUrl.replace(/\/+$/, "") });
  client.use({
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  });
  // The same object: only the type of GET's answer is narrower (see PageSent and ListOrPage).
  return client as unknown as JambonzClient;
}
