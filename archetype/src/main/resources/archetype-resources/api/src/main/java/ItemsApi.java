package ${package};

import dev.skiff.api.ApiResponse;
import dev.skiff.api.Get;
import dev.skiff.api.HttpException;
import dev.skiff.api.Post;
import dev.skiff.api.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The items operations, over an in-memory store: replace the map with your database. Skiff's
 * annotation processor reads this class at compile time and writes its routes
 * ({@code SkiffRoutes}), its JSON codecs, {@code openapi.json} and the clients; nothing is
 * discovered by reflection at run time.
 *
 * <pre>{@code
 * curl localhost:8080/items/1
 * curl -X POST localhost:8080/items -H 'content-type: application/json' -d '{"name":"Lamp","price":12.5}'
 * curl localhost:8080/items/stream
 * }</pre>
 */
@Tag("items")
public final class ItemsApi {
    private final Map<Long, Item> items = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    /**
     * Get one item.
     *
     * @param item_id the item's id
     */
    @Get("/items/{item_id}")
    @ApiResponse(status = 404, description = "No item has this id")
    public Item getItem(@Min(1) long item_id) {
        Item item = items.get(item_id);
        if (item == null) {
            throw new HttpException(404, "No item has id " + item_id);
        }
        return item;
    }

    /** Create an item; the answer carries its id. */
    @Post(value = "/items", status = 201)
    public Item createItem(@Valid NewItem item) {
        long id = ids.incrementAndGet();
        Item created = new Item(id, item.name(), item.price(), item.description());
        items.put(id, created);
        return created;
    }

    /**
     * Stream every item as JSON Lines, one line each, written as it is produced: on Lambda this
     * operation is served by Skiff's runtime loop, which streams the response.
     */
    @Get("/items/stream")
    public Stream<Item> streamItems() {
        return items.values().stream();
    }
}
