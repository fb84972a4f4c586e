// The generated client's runtime (client.ts of the processor's java_client fixture, the golden file
// processor/src/test/resources/golden/typescript/shop.client.ts.txt, compiled by check.sh) against a
// fetch that records each request and answers with a canned response: what goes on the wire, and
// how odd streams are read. The Java client's ClientCallTest checks the same strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = process.env.SHOP_CLIENT_DIR;
assert.ok(dir, 'SHOP_CLIENT_DIR must be set');
const { PetShopAPI, PetShopAPIError } = await import(pathToFileURL(join(dir, 'client.js')).href);

/** A client whose fetch records the requests and answers `body` (cut into `chunks` when given). */
function recording({ status = 200, body = 'null', contentType = 'application/json', chunks } = {}) {
  const requests = [];
  const fetch = async (url, init) => {
    requests.push({ url, method: init.method, headers: new Headers(init.headers), body: init.body });
    const bytes = new TextEncoder().encode(body);
    const parts = chunks ? chunks(bytes) : [bytes];
    const stream = new ReadableStream({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    });
    return new Response(stream, { status, headers: { 'content-type': contentType } });
  };
  return { api: new PetShopAPI({ url: 'http://api.test/', fetch }), requests };
}

const byteByByte = (bytes) => [...bytes].map((b) => Uint8Array.of(b));

test('parameters sharing a wire name have distinct properties, each sent to its place', async () => {
  const { api, requests } = recording({ body: '"ok"' });
  await api.putNote({ pathId: 'p7', queryId: 'q', queryRef: 'r1', headerRef: 'h1', body: 'a note' });
  const [sent] = requests;
  assert.equal(sent.url, 'http://api.test/pets/p7/note?id=q&ref=r1');
  assert.equal(sent.headers.get('ref'), 'h1');
});

test('a raw body goes with its declared media type', async () => {
  const { api, requests } = recording({ body: '"ok"' });
  await api.putNote({ pathId: 'p', body: 'plain text' });
  assert.equal(requests[0].headers.get('content-type'), 'text/plain');
  assert.equal(requests[0].body, 'plain text');

  const { api: bytes, requests: sentBytes } = recording({ contentType: 'application/octet-stream', body: '' });
  await bytes.putRecord({ id: 1, body: new Blob([Uint8Array.of(1, 2)], { type: 'application/x-whatever' }) });
  assert.equal(sentBytes[0].headers.get('content-type'), 'application/pdf');
});

test('query values are RFC 3986 encoded: space %20, + %2B, as the Java client sends them', async () => {
  const { api, requests } = recording({ body: '[]' });
  await api.listPets({ 'x-tenant': 't', tag: ["a b+c*~!'()/?é"] });
  // the same string as ClientCallTest.queryValues_areEncodedAsRfc3986...
  assert.equal(requests[0].url, 'http://api.test/pets?tag=a%20b%2Bc%2A~%21%27%28%29%2F%3F%C3%A9');
  assert.equal(requests[0].headers.get('x-tenant'), 't');
  assert.equal(requests[0].headers.get('accept'), 'application/json');
});

test('a path value is one encoded segment; empty, . and .. are refused before sending, naming the parameter', async () => {
  const { api, requests } = recording({ body: '"ok"' });
  await api.putNote({ pathId: '..a./b c', body: '' });
  assert.equal(requests[0].url, 'http://api.test/pets/..a.%2Fb%20c/note');
  for (const [value, message] of [['', /^path parameter id is empty/], ['.', /^path parameter id is "\."/], ['..', /^path parameter id is "\.\."/]]) {
    await assert.rejects(api.putNote({ pathId: value, body: 'x' }), (e) => e instanceof Error && message.test(e.message));
  }
  assert.equal(requests.length, 1);
});

test('JSON Lines: lines end with CR LF, LF or a lone CR, the last one may lack its end, however chunked', async () => {
  const pet = (id) => JSON.stringify({ id, name: `p${id}`, kind: 'CAT' });
  const body = `\uFEFF${pet(1)}\r${pet(2)}\r\n${pet(3)}\n\r${pet(4)}`;
  for (const chunks of [undefined, byteByByte]) {
    const { api } = recording({ contentType: 'application/jsonl', body, chunks });
    const ids = [];
    for await (const p of api.streamPets()) ids.push(p.id);
    assert.deepEqual(ids, [1, 2, 3, 4]);
  }
});

test('server-sent events as the WHATWG standard reads them: CR endings, fields without colon, an unfinished last event dropped', async () => {
  // the same stream as ClientCallTest.serverSentEvents_...: the Java client gives [1] and [2, 3]
  const body = '\uFEFFdata: [1]\r\rdata: [2,\rdata\rdata:3]\r\n\r\n:c\ndata: [4]\n';
  const crThenLf = (bytes) => {
    const cut = bytes.indexOf(0x0d) + 1;
    return [bytes.slice(0, cut), bytes.slice(cut)];
  };
  for (const chunks of [undefined, byteByByte, crThenLf]) {
    const { api } = recording({ contentType: 'text/event-stream', body, chunks });
    const events = [];
    for await (const data of api.petEvents()) events.push(data);
    assert.deepEqual(events, ['[1]', '[2,\n\n3]']);
    assert.deepEqual(events.map((data) => JSON.parse(data)), [[1], [2, 3]]);
  }
});

test('an answer outside 2xx is the API error with its status and parsed body', async () => {
  const { api } = recording({ status: 404, body: '{"detail":"No pet has this id"}' });
  await assert.rejects(api.getPet({ id: 3 }), (e) => e instanceof PetShopAPIError && e.status === 404
      && e.error.detail === 'No pet has this id');
});

test('an operationId that is no method name in TypeScript gets the Java client\'s name', async () => {
  const { api, requests } = recording({ body: '[]' });
  assert.deepEqual(await api.opConstructor(), []);
  assert.equal(requests[0].url, 'http://api.test/pets/all');
});
