package dev.skiff.samples.items;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import dev.skiff.api.ApiResponse;
import dev.skiff.api.DefaultValue;
import dev.skiff.api.NonBlocking;
import dev.skiff.api.Delete;
import dev.skiff.api.Depends;
import dev.skiff.api.Example;
import dev.skiff.api.FileUpload;
import dev.skiff.api.Form;
import dev.skiff.api.Get;
import dev.skiff.api.HttpException;
import dev.skiff.api.Post;
import dev.skiff.api.Put;
import dev.skiff.api.ServerSentEvent;
import dev.skiff.api.Tag;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Items in the catalogue: list, fetch, create, replace, delete and stream them, as JSON, HTML,
 * plain text and server-sent events; create one from an HTML form and upload its photo.
 *
 * <pre>{@code
 * Application app = SkiffRoutes.create(new ItemsApi(new ItemStore()));
 * }</pre>
 */
@Tag("items")
public final class ItemsApi {
    private static final int DEFAULT_LIMIT = 100;

    private final ItemStore store;
    private final Pacer pacer;

    /** Streams items 100 ms apart, so a client can watch them arrive. */
    public ItemsApi(ItemStore store) {
        this(store, Pacer.sleeping(Duration.ofMillis(100)));
    }

    public ItemsApi(ItemStore store, Pacer pacer) {
        this.store = store;
        this.pacer = pacer;
    }

    /**
     * List items. Optionally only those whose name contains {@code q}, and at most {@code limit}.
     *
     * @param limit the most items to return (default 100)
     * @param q     text the item's name must contain, ignoring case
     */
    @Get("/items")
    public List<Item> listItems(@Min(0) @Max(100) @Example("20") Optional<Integer> limit,
            @Size(max = 50) @Example("lamp") Optional<String> q) {
        return store.list(q.orElse(null), limit.orElse(DEFAULT_LIMIT));
    }

    /**
     * List the items carrying a tag.
     *
     * @param tag   the tag to look for; required
     * @param limit the most items to return (default 100)
     */
    @Get("/items/by-tag")
    public List<Item> listItemsByTag(String tag, Optional<Integer> limit) {
        return store.all().stream().filter(item -> item.tags().contains(tag)).limit(limit.orElse(DEFAULT_LIMIT))
                .toList();
    }

    /**
     * List items a page at a time, by id.
     *
     * @param offset how many items to skip
     * @param limit  the most items on the page
     */
    @Get("/items/page")
    public Page<Item> listItemPage(@DefaultValue("0") @Min(0) int offset,
            @DefaultValue("20") @Min(1) @Max(100) int limit) {
        List<Item> all = store.all();
        int from = Math.min(offset, all.size());
        int to = Math.min(from + limit, all.size());
        return new Page<>(all.subList(from, to), all.size(), to < all.size() ? to : null);
    }

    /**
     * Fetch one item.
     *
     * @param id the item's id
     */
    @Get("/items/{id}")
    @ApiResponse(status = 404, description = "No item has this id")
    public Item getItem(@Min(1) long id) {
        return store.find(id).orElseThrow(ItemsApi::notFound);
    }

    /** Create an item; its id is given by the store. */
    @Post(value = "/items", status = 201)
    public Item createItem(@Valid NewItem item) {
        return store.add(item);
    }

    /**
     * Create an item from an HTML form ({@code application/x-www-form-urlencoded} or
     * {@code multipart/form-data}).
     *
     * @param name  the item's name
     * @param price the price in euros
     * @param tags  free-form labels, one field each (none if left out)
     */
    @Post(value = "/items/form", status = 201)
    public Item createItemFromForm(@Form @NotBlank @Size(max = 80) String name, @Form @Positive BigDecimal price,
            @Form Optional<List<String>> tags) {
        return store.add(new NewItem(name, price, tags.orElse(List.of()), Optional.empty(), Optional.empty()));
    }

    /**
     * Upload an item's photo as {@code multipart/form-data}.
     *
     * @param id      the item's id
     * @param photo   the image file
     * @param caption shown under the photo
     */
    @Post(value = "/items/{id}/photo", status = 201)
    @ApiResponse(status = 404, description = "No item has this id")
    @ApiResponse(status = 415, description = "The file is not an image")
    public Photo uploadPhoto(@Min(1) long id, @Form FileUpload photo, @Form Optional<String> caption) {
        store.find(id).orElseThrow(ItemsApi::notFound);
        if (!photo.contentType().startsWith("image/")) {
            throw new NotAnImage(photo.contentType());
        }
        return new Photo(id, photo.filename(), photo.contentType(), photo.size(), caption);
    }

    /**
     * Replace an item.
     *
     * @param id the item's id
     */
    @Put("/items/{id}")
    @ApiResponse(status = 404, description = "No item has this id")
    public Item updateItem(@Min(1) long id, @Valid NewItem item) {
        return store.replace(id, item).orElseThrow(ItemsApi::notFound);
    }

    /**
     * Adjust an item's price: a new price, or a discount in percent.
     *
     * @param id the item's id
     */
    // only the in-memory store is touched: the local server answers it on its IO thread
    @NonBlocking
    @Post("/items/{id}/adjustments")
    public Item adjustItem(@Min(1) long id, @Valid Adjustment adjustment) {
        return store.adjust(id, adjustment).orElseThrow(ItemsApi::notFound);
    }

    /**
     * Who is calling.
     *
     * <p>The caller the platform authenticated, a dependency resolved by the application's
     * {@link Caller} resolver; 401 without one.
     */
    @Get("/me")
    @ApiResponse(status = 401, description = "No authenticated caller")
    public Caller whoAmI(@Depends Caller caller) {
        return caller;
    }

    /**
     * Delete an item.
     *
     * @param id the item's id
     */
    @Delete("/items/{id}")
    @ApiResponse(status = 404, description = "No item has this id")
    public void deleteItem(long id) {
        if (!store.remove(id)) {
            throw notFound();
        }
    }

    /**
     * One item as an HTML card.
     *
     * @param id the item's id
     */
    @Get(value = "/items/{id}/card", produces = "text/html")
    @ApiResponse(status = 404, description = "No item has this id")
    public String itemCard(@Min(1) long id) {
        Item item = store.find(id).orElseThrow(ItemsApi::notFound);
        return "<article><h1>" + Html.escape(item.name()) + "</h1><p>" + item.price().toPlainString()
                + " EUR</p></article>";
    }

    /** How many items there are, as plain text. */
    @Get(value = "/items/count", produces = "text/plain")
    public String countItems() {
        return String.valueOf(store.all().size());
    }

    /** Stream every item as a server-sent event {@code item}, its id the event's id, produced one after the other. */
    @Get("/items/events")
    public Stream<ServerSentEvent<Item>> itemEvents() {
        return streamItems().map(item -> ServerSentEvent.of(item).event("item").id(String.valueOf(item.id())));
    }

    /** Stream every item as JSON Lines, one per chunk, produced one after the other. */
    @Get("/items/stream")
    public Stream<Item> streamItems() {
        Iterator<Item> items = store.all().iterator();
        Spliterator<Item> paced = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            private int index;

            @Override
            public boolean tryAdvance(Consumer<? super Item> action) {
                if (!items.hasNext()) {
                    return false;
                }
                if (index > 0) {
                    pause(index);
                }
                index++;
                action.accept(items.next());
                return true;
            }
        };
        return StreamSupport.stream(paced, false);
    }

    private void pause(int index) {
        try {
            pacer.beforeNext(index);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while streaming", e);
        }
    }

    private static HttpException notFound() {
        return new HttpException(404, "Item not found");
    }
}
