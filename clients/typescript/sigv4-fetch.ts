/**
 * A `fetch` that signs every request with AWS Signature Version 4, for calling an IAM-protected
 * Skiff API from TypeScript: API Gateway (`service: "execute-api"`) or a Lambda Function URL
 * (`service: "lambda"`). Signing is done by the AWS SDK for JavaScript's `@smithy/signature-v4`.
 *
 * Give it to any client that takes a `fetch`, such as a generated Skiff or Nx `ts-client`:
 *
 * ```ts
 * import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
 * import { sigv4Fetch } from "./sigv4-fetch.js";
 *
 * const client = new ItemsApi({
 *   url: "https://abc123.execute-api.eu-west-1.amazonaws.com/prod",
 *   fetch: sigv4Fetch({ region: "eu-west-1", service: "execute-api", credentials: fromNodeProviderChain() }),
 * });
 * ```
 *
 * The request is signed as it goes on the wire: method, URL, headers and the whole body, which is
 * read into memory first. The query is sent as it is signed, each name and value percent-encoded
 * as SigV4 encodes them: a `+` in the given URL is a space (as `URLSearchParams` writes it, and as
 * servers read it) and goes out as `%20`, a plus goes out as `%2B`, so no server can read the query
 * otherwise than it was signed. Added headers: `authorization`, `x-amz-date`,
 * `x-amz-security-token` with temporary credentials, and for `service: "lambda"` (or with
 * `payloadHashHeader: true`) `x-amz-content-sha256`, the body's SHA-256, which Lambda needs for
 * requests with a body. `fetch` joins repeated headers into one line, and that line is what is
 * signed; {@link sigv4Signer} signs header lines as given.
 *
 * Requires: `@smithy/signature-v4`, `@smithy/protocol-http`, `@aws-crypto/sha256-js`.
 */
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";

/** AWS credentials, as `@aws-sdk/credential-providers` returns them. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly expiration?: Date;
}

export interface SigV4Options {
  /** The API's region, e.g. `"eu-west-1"`. */
  readonly region: string;
  /** `"execute-api"` for API Gateway, `"lambda"` for a Function URL. */
  readonly service: string;
  /** Fixed credentials, or a provider called for every request (it should cache and refresh). */
  readonly credentials: AwsCredentials | (() => Promise<AwsCredentials>);
  /**
   * Send and sign `x-amz-content-sha256`, the body's SHA-256 (default: for `"lambda"` only;
   * Lambda needs it, API Gateway signs without it).
   */
  readonly payloadHashHeader?: boolean;
  /** The signing time (default: now); for tests. */
  readonly now?: () => Date;
}

export interface SigV4FetchOptions extends SigV4Options {
  /** The `fetch` that sends the signed request; the global one by default. */
  readonly fetch?: typeof fetch;
}

/** A request to sign, as it will be sent. */
export interface SigV4Request {
  readonly method: string;
  /** The URL; send the one {@link SigV4Signature.url} returns. */
  readonly url: string | URL;
  /**
   * The header lines, in order; a name may come more than once (its values are signed in that
   * order, joined with `,`). `host` is the URL's, whatever is given here.
   */
  readonly headers: Iterable<readonly [string, string]>;
  readonly body?: Uint8Array;
}

/** What to send: the URL and the headers to add to the request's own. */
export interface SigV4Signature {
  /** The request's URL with its query written exactly as it was signed. */
  readonly url: URL;
  /** `authorization`, `x-amz-date`, and where they apply `x-amz-security-token` and `x-amz-content-sha256`. */
  readonly headers: Readonly<Record<string, string>>;
}

const ADDED_HEADERS = ["authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"];

/**
 * Signs requests given as header lines, which `sigv4Fetch` does for each request it sends; for
 * HTTP clients other than `fetch`, or headers that must go as separate lines.
 *
 * ```ts
 * const sign = sigv4Signer({ region: "eu-west-1", service: "execute-api", credentials: fromNodeProviderChain() });
 * const { url, headers } = await sign({ method: "GET", url: "https://abc123.execute-api.eu-west-1.amazonaws.com/prod/items", headers: [["accept", "application/json"]] });
 * ```
 */
export function sigv4Signer(options: SigV4Options): (request: SigV4Request) => Promise<SigV4Signature> {
  const now = options.now ?? (() => new Date());
  const signer = new SignatureV4({
    region: options.region,
    service: options.service,
    credentials: options.credentials,
    sha256: Sha256,
    applyChecksum: options.payloadHashHeader ?? options.service === "lambda",
  });

  return async (request: SigV4Request): Promise<SigV4Signature> => {
    const url = new URL(request.url);
    const query = parseQuery(url.search);
    url.search = query.wire;
    const headers: Record<string, string> = Object.create(null);
    for (const [name, value] of request.headers) {
      const key = name.toLowerCase();
      const previous = headers[key];
      headers[key] = previous === undefined ? value.trim() : `${previous},${value.trim()}`;
    }
    headers["host"] = url.host;

    const signed = await signer.sign(
      new HttpRequest({
        method: request.method,
        protocol: url.protocol,
        hostname: url.hostname,
        ...(url.port === "" ? {} : { port: Number(url.port) }),
        path: url.pathname,
        query: query.signed,
        headers,
        body: request.body,
      }),
      { signingDate: now() },
    );

    const added: Record<string, string> = {};
    for (const name of ADDED_HEADERS) {
      const value = signed.headers[name];
      if (value !== undefined) {
        added[name] = value;
      }
    }
    return { url, headers: added };
  };
}

/** A `fetch` with the same signature as the global one that signs each request before sending it. */
export function sigv4Fetch(options: SigV4FetchOptions): typeof fetch {
  const send = options.fetch ?? globalThis.fetch;
  const sign = sigv4Signer(options);

  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
    const lines: [string, string][] = [];
    request.headers.forEach((value, name) => {
      lines.push([name, value]);
    });

    const signature = await sign({
      method: request.method,
      url: request.url,
      headers: lines,
      ...(body === undefined ? {} : { body }),
    });

    const headers = new Headers(request.headers);
    for (const [name, value] of Object.entries(signature.headers)) {
      headers.set(name, value);
    }
    // fetch sends the URL's authority as host itself, the value that was signed
    return send(signature.url, {
      method: request.method,
      headers,
      ...(body === undefined ? {} : { body }),
      signal: request.signal,
      redirect: request.redirect,
    });
  };
}

/**
 * The query's names and values decoded as `URLSearchParams` reads them (`+` is a space), for the
 * signer, and written back the way the signer encodes them (RFC 3986, a space as `%20`), for the
 * wire: the server then reads exactly what was signed, whichever form the caller used.
 */
function parseQuery(search: string): { signed: Record<string, string | string[]>; wire: string } {
  const signed: Record<string, string | string[]> = Object.create(null);
  const wire: string[] = [];
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (pair === "") {
      continue;
    }
    const equals = pair.indexOf("=");
    // one pair through URLSearchParams: its decoding, without its splitting on '&' again
    const [[name, value]] = [...new URLSearchParams(equals < 0 ? `${pair}=` : pair)] as [[string, string]];
    const previous = signed[name];
    signed[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
    wire.push(equals < 0 ? escapeUri(name) : `${escapeUri(name)}=${escapeUri(value)}`);
  }
  return { signed, wire: wire.join("&") };
}

/** RFC 3986 percent-encoding, as SigV4 canonicalises query names and values. */
function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
