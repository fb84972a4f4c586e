// The generated client of the items sample (compiled from client.ts and queries.ts by check.sh)
// called over HTTP: API_URL is the running sample, CLIENT_DIR the compiled JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { QueryClient, MutationObserver, InfiniteQueryObserver } from '@tanstack/query-core';

const url = process.env.API_URL;
const dir = process.env.CLIENT_DIR;
assert.ok(url && dir, 'API_URL and CLIENT_DIR must be set');
const { Items, ItemsError } = await import(pathToFileURL(join(dir, 'client.js')).href);
const { ItemsOptionsProxy } = await import(pathToFileURL(join(dir, 'queries.js')).href);

const api = new Items({ url });

async function rejectsWith(promise, status) {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof ItemsError, `not an ItemsError: ${e}`);
    assert.equal(e.status, status);
    return e;
  }
  assert.fail(`no error, expected status ${status}`);
}

/**
 * A fetch whose response bodies arrive in the chunks `split` cuts the body's bytes into,
 * so the client's line splitting meets lines across chunks and many lines in one chunk.
 */
function rechunking(split) {
  return async (input, init) => {
    const response = await fetch(input, init);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const chunks = split(bytes);
    const body = new ReadableStream({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
}

test('creates, fetches, lists, replaces, adjusts and deletes an item', async () => {
  const created = await api.createItem({ name: 'Lamp', price: 19.9, tags: ['home'] });
  assert.equal(created.name, 'Lamp');
  assert.deepEqual(created.tags, ['home']);

  const fetched = await api.getItem({ id: created.id });
  assert.deepEqual(fetched, created);
  // as Nx's client groups operations by tag
  assert.deepEqual(await api.items.getItem({ id: created.id }), created);

  const listed = await api.listItems({ q: 'lam', limit: 50 });
  assert.ok(listed.some((item) => item.id === created.id));
  assert.ok((await api.listItems()).some((item) => item.id === created.id));
  assert.ok((await api.listItemsByTag({ tag: 'home' })).some((item) => item.id === created.id));
  const page = await api.listItemPage({ offset: 0, limit: 1 });
  assert.equal(page.items.length, 1);
  assert.ok(page.total >= 1);
  assert.match(await api.countItems(), /^\d+$/);
  assert.match(await api.itemCard({ id: created.id }), /Lamp/);

  // the body's properties beside the path parameter, as Nx inlines them
  const replaced = await api.updateItem({ id: created.id, name: 'Desk lamp', price: 25, tags: [] });
  assert.equal(replaced.name, 'Desk lamp');
  const discounted = await api.adjustItem({ id: created.id, kind: 'discount', percent: 20 });
  assert.equal(discounted.price, 20);

  await api.deleteItem({ id: created.id });
  const gone = await rejectsWith(api.getItem({ id: created.id }), 404);
  assert.equal(typeof gone.error.detail, 'string');
});

test('query text with spaces, plus signs and ampersands reaches the server as typed', async () => {
  // RFC 3986 encoding (%20, %2B, %26): a + sent raw would come back as a space
  const created = await api.createItem({ name: 'Bolts & nuts: M3+M4 50% off', price: 2 });
  const found = await api.listItems({ q: 'M3+M4 50% off', limit: 100 });
  assert.deepEqual(found.map((item) => item.id), [created.id]);
  assert.deepEqual(await api.listItems({ q: 'M3 M4 50', limit: 100 }), []);
  await api.deleteItem({ id: created.id });
});

test('a form and a multipart upload', async () => {
  const fromForm = await api.createItemFromForm({ name: 'Chair', price: 40, tags: ['office', 'wood'] });
  assert.equal(fromForm.name, 'Chair');
  assert.deepEqual(fromForm.tags, ['office', 'wood']);
  const photo = await api.uploadPhoto({
    id: fromForm.id,
    photo: new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'chair.jpg', { type: 'image/jpeg' }),
    caption: 'In the office',
  });
  assert.deepEqual(photo, { itemId: fromForm.id, filename: 'chair.jpg', contentType: 'image/jpeg', size: 4, caption: 'In the office' });
});

test('a 422 carries every failed check as the parsed detail', async () => {
  const error = await rejectsWith(api.createItem({ name: '', price: -1 }), 422);
  const locations = error.error.detail.map((d) => d.loc.join('.'));
  assert.ok(locations.includes('body.name'), locations.join(', '));
  assert.ok(locations.includes('body.price'), locations.join(', '));
  await rejectsWith(api.getItem({ id: 0 }), 422);
});

test('whoAmI answers or refuses an unauthenticated local call', async () => {
  try {
    const caller = await api.whoAmI();
    assert.equal(typeof caller.principal, 'string');
  } catch (e) {
    assert.ok(e instanceof ItemsError && e.status === 401, String(e));
  }
});

test('a stream yields the same items however its bytes are chunked', async () => {
  await api.createItem({ name: 'Crème brûlée dish', price: 7.5 });
  await api.createItem({ name: 'Vase', price: 12 });
  const expected = await api.listItems({ limit: 100 });
  const streamed = [];
  for await (const item of api.streamItems()) streamed.push(item);
  assert.deepEqual(streamed, expected);
  assert.ok(streamed.length >= 2);

  const chunkings = {
    'one byte per chunk (a line across many chunks, a character across two)': (bytes) => [...bytes].map((b) => Uint8Array.of(b)),
    'everything in one chunk, several lines': (bytes) => [bytes],
    'odd cuts: 7 bytes, then 50, then the rest': (bytes) => [bytes.slice(0, 7), bytes.slice(7, 57), bytes.slice(57)],
    'the last line without its newline': (bytes) => {
      const cut = bytes.at(-1) === 0x0a ? bytes.slice(0, -1) : bytes;
      return [cut.slice(0, 3), cut.slice(3)];
    },
  };
  for (const [name, split] of Object.entries(chunkings)) {
    const chunked = new Items({ url, fetch: rechunking(split) });
    const items = [];
    for await (const item of chunked.streamItems()) items.push(item);
    assert.deepEqual(items, expected, name);
  }
});

test('a caller that stops reading a stream early cancels its body', async () => {
  let cancelled = false;
  const watching = async (input, init) => {
    const response = await fetch(input, init);
    const reader = response.body.getReader();
    const body = new ReadableStream({
      async pull(controller) {
        const { value, done } = await reader.read();
        if (done) controller.close(); else controller.enqueue(value);
      },
      cancel(reason) {
        cancelled = true;
        return reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
  await api.createItem({ name: 'Lamp', price: 3 });
  await api.createItem({ name: 'Rug', price: 4 });
  const client = new Items({ url, fetch: watching });
  for await (const item of client.streamItems()) {
    assert.ok(item.name);
    break;
  }
  assert.equal(cancelled, true);
});

test('server-sent events arrive as their data', async () => {
  const expected = await api.listItems({ limit: 100 });
  const events = [];
  for await (const data of api.itemEvents()) events.push(data);
  assert.equal(events.length, expected.length);
});

test('TanStack Query options with a QueryClient', async () => {
  const queryClient = new QueryClient();
  const proxy = new ItemsOptionsProxy({ client: api });

  const created = await new MutationObserver(queryClient, proxy.createItem.mutationOptions())
      .mutate({ name: 'Shelf', price: 30 });
  assert.equal(created.name, 'Shelf');

  const fetched = await queryClient.fetchQuery(proxy.getItem.queryOptions({ id: created.id }));
  assert.deepEqual(fetched, created);
  assert.deepEqual(queryClient.getQueryData(proxy.getItem.queryKey({ id: created.id })), created);
  assert.deepEqual(proxy.items.getItem.queryKey({ id: created.id }), ['Items', 'getItem', { id: created.id }]);

  const list = await queryClient.fetchQuery(proxy.listItems.queryOptions({ limit: 100 }));
  assert.ok(list.some((item) => item.id === created.id));

  // a streamed read: the query's data grows with each element, then holds them all
  const sizes = [];
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.query.queryKey[1] === 'streamItems' && Array.isArray(event.query.state.data)) {
      sizes.push(event.query.state.data.length);
    }
  });
  const streamed = await queryClient.fetchQuery(proxy.streamItems.queryOptions());
  unsubscribe();
  assert.deepEqual(streamed, list);
  assert.equal(sizes[0], 1);
  assert.equal(sizes.at(-1), list.length);

  // an infinite query pages with listItemPage's offset, as getNextPageParam says
  const observer = new InfiniteQueryObserver(queryClient, proxy.listItemPage.infiniteQueryOptions({ limit: 2 }, {
    getNextPageParam: (last) => last.nextOffset ?? undefined,
  }));
  const first = await observer.refetch();
  assert.equal(first.data.pages.length, 1);
  assert.deepEqual(first.data.pageParams, [undefined]);
  assert.equal(first.hasNextPage, list.length > 2);
  const second = await observer.fetchNextPage();
  assert.deepEqual(second.data.pageParams, [undefined, 2]);
  assert.deepEqual(second.data.pages.flatMap((page) => page.items), list.slice(0, 4));
  assert.notDeepEqual(proxy.listItemPage.infiniteQueryOptions({ limit: 2 }, { getNextPageParam: () => undefined }).queryKey,
      proxy.listItemPage.queryKey({ limit: 2 }));

  const failed = new MutationObserver(queryClient, proxy.createItem.mutationOptions());
  await assert.rejects(failed.mutate({ name: '', price: 1 }), (e) => e instanceof ItemsError && e.status === 422);
  assert.equal(failed.getCurrentResult().error.status, 422);

  await queryClient.getMutationCache().build(queryClient, proxy.deleteItem.mutationOptions()).execute({ id: created.id });
  await assert.rejects(queryClient.fetchQuery(proxy.getItem.queryOptions({ id: created.id })),
      (e) => e instanceof ItemsError && e.status === 404);
});
