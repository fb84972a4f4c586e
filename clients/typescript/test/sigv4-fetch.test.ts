// The AWS Signature Version 4 test suite through sigv4Fetch: each case's request sent with a fetch
// that records it, at the suite's date, region, service and credentials, carries the suite's
// Authorization header. The data file (SIGV4_SUITE) names its source; the Java signer's test
// (client-sigv4) reads the same file.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { sigv4Fetch } from "../sigv4-fetch.js";

interface SuiteCase {
  name: string;
  method: string;
  uri: string;
  headers: Record<string, string[]>;
  body: string;
  signBody: boolean;
  sessionToken?: string;
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

// fetch cannot send a header twice: it joins the values with ", " into one line, and that line is
// what it signs and sends, so the suite's repeated-header cases do not apply to it.
const NOT_FETCH_SHAPED = new Set(["get-header-key-duplicate", "get-header-value-order"]);

async function sign(testCase: SuiteCase): Promise<Request> {
  let sent: Request | undefined;
  const recording: typeof fetch = async (input, init) => {
    sent = new Request(input, init);
    return new Response(null, { status: 204 });
  };
  const signed = sigv4Fetch({
    region: suite.region,
    service: suite.service,
    credentials: {
      accessKeyId: suite.accessKeyId,
      secretAccessKey: suite.secretAccessKey,
      ...(testCase.sessionToken === undefined ? {} : { sessionToken: testCase.sessionToken }),
    },
    fetch: recording,
    payloadHashHeader: testCase.signBody,
    now: () => new Date(suite.date),
  });
  const headers: [string, string][] = [];
  for (const [name, values] of Object.entries(testCase.headers)) {
    for (const value of values) {
      headers.push([name, value]);
    }
  }
  const response = await signed(testCase.uri, {
    method: testCase.method,
    headers,
    ...(testCase.body === "" ? {} : { body: testCase.body }),
  });
  assert.equal(response.status, 204);
  assert.ok(sent !== undefined, "the wrapped fetch was not called");
  return sent;
}

for (const testCase of suite.cases) {
  test(testCase.name, { skip: NOT_FETCH_SHAPED.has(testCase.name) ? "fetch joins repeated headers" : false }, async () => {
    const sent = await sign(testCase);

    assert.equal(sent.headers.get("authorization"), testCase.authorization);
    assert.equal(sent.headers.get("x-amz-date"), "20150830T123600Z");
    assert.equal(sent.headers.get("x-amz-security-token"), testCase.sessionToken ?? null);
    assert.equal(sent.headers.has("x-amz-content-sha256"), testCase.signBody);
    assert.equal(sent.url, new URL(testCase.uri).toString());
    assert.equal(await sent.text(), testCase.body);
  });
}

test("the body is signed and its hash is sent by default", async () => {
  let sent: Request | undefined;
  const signed = sigv4Fetch({
    region: "eu-west-1",
    service: "lambda",
    credentials: async () => ({ accessKeyId: suite.accessKeyId, secretAccessKey: suite.secretAccessKey }),
    fetch: async (input, init) => {
      sent = new Request(input, init);
      return new Response("{}", { status: 200 });
    },
    now: () => new Date(suite.date),
  });

  await signed("https://abc.lambda-url.eu-west-1.on.aws/items", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "a",
  });

  assert.ok(sent !== undefined);
  // sha256 of "a"
  assert.equal(sent.headers.get("x-amz-content-sha256"), "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
  assert.match(
    sent.headers.get("authorization") ?? "",
    /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20150830\/eu-west-1\/lambda\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
  );
});
