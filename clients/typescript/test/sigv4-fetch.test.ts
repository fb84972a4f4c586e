// The AWS Signature Version 4 test suite at the suite's date, region, service and credentials: every
// case's request signed by sigv4Signer (header lines as the suite gives them) carries the suite's
// Authorization header, and sent through sigv4Fetch with a fetch that records it, it goes out signed
// as fetch sends it. The data file (SIGV4_SUITE) names its source; the Java signer's test
// (client-sigv4) reads the same file.
import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { sigv4Fetch, sigv4Signer, type SigV4Options } from "../sigv4-fetch.js";

interface SuiteCase {
  name: string;
  method: string;
  uri: string;
  headers: Record<string, string[]>;
  body: string;
  signBody: boolean;
  sessionToken?: string;
  canonicalRequest: string;
  authorization: string;
}

interface Suite {
  date: string;
  region: string;
  service: string;
  accessKeyId: string;
  secretAccessKey: string;
  cases: SuiteCase[];
}

const suitePath = process.env["SIGV4_SUITE"];
if (suitePath === undefined) {
  throw new Error("SIGV4_SUITE must name the test suite's JSON file");
}
const suite = JSON.parse(readFileSync(suitePath, "utf8")) as Suite;
const DATE = "20150830T123600Z";
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

function options(testCase: { sessionToken?: string }, payloadHashHeader: boolean): SigV4Options {
  return {
    region: suite.region,
    service: suite.service,
    credentials: {
      accessKeyId: suite.accessKeyId,
      secretAccessKey: suite.secretAccessKey,
      ...(testCase.sessionToken === undefined ? {} : { sessionToken: testCase.sessionToken }),
    },
    payloadHashHeader,
    now: () => new Date(suite.date),
  };
}

function lines(testCase: SuiteCase): [string, string][] {
  return Object.entries(testCase.headers).flatMap(([name, values]) => values.map((value): [string, string] => [name, value]));
}

/** sigv4Fetch around a fetch that records the request it is given. */
function recordingFetch(signing: SigV4Options): { fetch: typeof fetch; sent: () => Request } {
  let sent: Request | undefined;
  const fetch = sigv4Fetch({
    ...signing,
    fetch: async (input, init) => {
      sent = new Request(input, init);
      return new Response(null, { status: 204 });
    },
  });
  return {
    fetch,
    sent: () => {
      assert.ok(sent !== undefined, "the wrapped fetch was not called");
      return sent;
    },
  };
}

/** The SigV4 signature of a canonical request at the suite's date, in its region, as AWS's documentation defines it. */
function signatureOf(canonicalRequest: string, service = suite.service): string {
  const scope = `${DATE.slice(0, 8)}/${suite.region}/${service}/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${DATE}\n${scope}\n${createHash("sha256").update(canonicalRequest).digest("hex")}`;
  let key: Buffer = Buffer.from(`AWS4${suite.secretAccessKey}`);
  for (const part of scope.split("/")) {
    key = createHmac("sha256", key).update(part).digest();
  }
  return createHmac("sha256", key).update(stringToSign).digest("hex");
}

for (const testCase of suite.cases) {
  test(`${testCase.name}: signed as published`, async () => {
    const signature = await sigv4Signer(options(testCase, testCase.signBody))({
      method: testCase.method,
      url: testCase.uri,
      headers: lines(testCase),
      ...(testCase.body === "" ? {} : { body: new TextEncoder().encode(testCase.body) }),
    });

    assert.equal(signature.headers["authorization"], testCase.authorization);
    assert.equal(signature.headers["x-amz-date"], DATE);
    assert.equal(signature.headers["x-amz-security-token"], testCase.sessionToken);
    assert.equal("x-amz-content-sha256" in signature.headers, testCase.signBody);
    assert.equal(signature.url.toString(), new URL(testCase.uri).toString());
  });

  test(`${testCase.name}: sent through sigv4Fetch as fetch sends it`, async () => {
    const { fetch, sent } = recordingFetch(options(testCase, testCase.signBody));

    const response = await fetch(testCase.uri, {
      method: testCase.method,
      headers: lines(testCase),
      ...(testCase.body === "" ? {} : { body: testCase.body }),
    });

    assert.equal(response.status, 204);
    const request = sent();
    // fetch sends a repeated header as one line, values trimmed and joined with ", ": that line is what is signed
    const asSent = Object.entries(testCase.headers).map(([name, values]): [string, string] => [
      name,
      values.map((value) => value.trim()).join(", "),
    ]);
    const expected = await sigv4Signer(options(testCase, testCase.signBody))({
      method: testCase.method,
      url: testCase.uri,
      headers: asSent,
      ...(testCase.body === "" ? {} : { body: new TextEncoder().encode(testCase.body) }),
    });
    assert.equal(request.headers.get("authorization"), expected.headers["authorization"]);
    if (Object.values(testCase.headers).every((values) => values.length === 1)) {
      assert.equal(request.headers.get("authorization"), testCase.authorization);
    }
    for (const [name, values] of asSent) {
      assert.equal(request.headers.get(name), values);
    }
    assert.equal(request.headers.get("x-amz-date"), DATE);
    assert.equal(request.headers.get("x-amz-security-token"), testCase.sessionToken ?? null);
    assert.equal(request.headers.has("x-amz-content-sha256"), testCase.signBody);
    assert.equal(request.url, new URL(testCase.uri).toString());
    assert.equal(await request.text(), testCase.body);
  });
}

test("the signature oracle gives the published signatures from the published canonical requests", () => {
  for (const testCase of suite.cases) {
    assert.equal(signatureOf(testCase.canonicalRequest), testCase.authorization.replace(/^.*Signature=/, ""), testCase.name);
  }
});

test("a space and a plus in a query value are sent and signed as %20 and %2B, whichever form the URL had", async () => {
  const canonical = `GET\n/items\nq=a%20b%2Bc&tag=x%2By\nhost:example.amazonaws.com\nx-amz-date:${DATE}\n\nhost;x-amz-date\n${EMPTY_SHA256}`;
  const query = new URLSearchParams({ q: "a b+c", tag: "x+y" });
  // URLSearchParams writes a space as '+', encodeURIComponent as %20
  assert.equal(query.toString(), "q=a+b%2Bc&tag=x%2By");

  for (const url of [
    `https://example.amazonaws.com/items?${query}`,
    "https://example.amazonaws.com/items?q=a%20b%2Bc&tag=x%2By",
    "https://example.amazonaws.com/items?tag=x%2by&q=a+b%2bc",
  ]) {
    const { fetch, sent } = recordingFetch(options({}, false));

    await fetch(url);

    const wire = new URL(sent().url);
    assert.equal(wire.search, url.includes("?tag") ? "?tag=x%2By&q=a%20b%2Bc" : "?q=a%20b%2Bc&tag=x%2By", url);
    assert.equal(wire.searchParams.get("q"), "a b+c");
    assert.equal(wire.searchParams.get("tag"), "x+y");
    assert.equal(
      sent().headers.get("authorization"),
      `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/${suite.region}/${suite.service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signatureOf(canonical)}`,
      url,
    );
  }
});

test("a Function URL's signer sends and signs the body's hash, an API Gateway one does not", async () => {
  for (const service of ["lambda", "execute-api"]) {
    const { fetch, sent } = recordingFetch({
      region: "eu-west-1",
      service,
      credentials: async () => ({ accessKeyId: suite.accessKeyId, secretAccessKey: suite.secretAccessKey }),
      now: () => new Date(suite.date),
    });

    await fetch("https://abc.lambda-url.eu-west-1.on.aws/items", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "a",
    });

    const request = sent();
    const lambda = service === "lambda";
    // sha256 of "a"
    assert.equal(request.headers.get("x-amz-content-sha256"), lambda ? "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb" : null);
    assert.match(
      request.headers.get("authorization") ?? "",
      new RegExp(
        `^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/${service}/aws4_request, ` +
          `SignedHeaders=content-type;host;${lambda ? "x-amz-content-sha256;" : ""}x-amz-date, Signature=[0-9a-f]{64}$`,
      ),
    );
    assert.equal(await request.text(), "a");
  }
});
