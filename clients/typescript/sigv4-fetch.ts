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
 * The request is signed as it goes on the wire: method, URL (path and query as encoded), headers
 * and the whole body, which is read into memory first. Added headers: `authorization`,
 * `x-amz-date`, `x-amz-security-token` with temporary credentials, and by default
 * `x-amz-content-sha256` (the body's SHA-256), which Lambda needs for requests with a body and API
 * Gateway accepts. `fetch` joins repeated headers into one line, and that line is what is signed.
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

export interface SigV4FetchOptions {
  /** The API's region, e.g. `"eu-west-1"`. */
  readonly region: string;
  /** `"execute-api"` for API Gateway, `"lambda"` for a Function URL. */
  readonly service: string;
  /** Fixed credentials, or a provider called for every request (it should cache and refresh). */
  readonly credentials: AwsCredentials | (() => Promise<AwsCredentials>);
  /** The `fetch` that sends the signed request; the global one by default. */
  readonly fetch?: typeof fetch;
  /** Send and sign `x-amz-content-sha256` (default `true`). */
  readonly payloadHashHeader?: boolean;
  /** The signing time (default: now); for tests. */
  readonly now?: () => Date;
}

/** A `fetch` with the same signature as the global one that signs each request before sending it. */
export function sigv4Fetch(options: SigV4FetchOptions): typeof fetch {
  const send = options.fetch ?? globalThis.fetch;
  const now = options.now ?? (() => new Date());
  const signer = new SignatureV4({
    region: options.region,
    service: options.service,
    credentials: options.credentials,
    sha256: Sha256,
    applyChecksum: options.payloadHashHeader ?? true,
  });

  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    headers["host"] = url.host;

    const signed = await signer.sign(
      new HttpRequest({
        method: request.method,
        protocol: url.protocol,
        hostname: url.hostname,
        ...(url.port === "" ? {} : { port: Number(url.port) }),
        path: url.pathname,
        query: parseQuery(url.search),
        headers,
        body,
      }),
      { signingDate: now() },
    );

    const sent = new Headers();
    for (const [name, value] of Object.entries(signed.headers)) {
      // fetch sends the URL's authority itself, the value that was signed
      if (name.toLowerCase() !== "host") {
        sent.set(name, value);
      }
    }
    return send(url, {
      method: request.method,
      headers: sent,
      ...(body === undefined ? {} : { body }),
      signal: request.signal,
      redirect: request.redirect,
    });
  };
}

/**
 * The query as the signer wants it: names and values decoded. URLSearchParams is not used because
 * it reads `+` as a space, which the server does not, so the signatures would differ.
 */
function parseQuery(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (pair === "") {
      continue;
    }
    const equals = pair.indexOf("=");
    const name = decodeURIComponent(equals < 0 ? pair : pair.slice(0, equals));
    const value = equals < 0 ? "" : decodeURIComponent(pair.slice(equals + 1));
    const previous = query[name];
    query[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return query;
}
