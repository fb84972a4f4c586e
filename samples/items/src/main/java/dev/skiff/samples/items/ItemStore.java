package dev.skiff.samples.items;

import dev.skiff.api.Traced;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A thread-safe in-memory item store; ids start at 1 and are never reused. Its {@code @Traced}
 * calls stand for the database calls a real store makes: construct the generated
 * {@code TracedItemStore} and, on Lambda, each call of a sampled invocation is an X-Ray
 * subsegment ({@code ## add}, {@code ## find}, ...) inside its operation's.
 *
 * <pre>{@code
 * ItemStore store = new TracedItemStore();
 * Item saved = store.add(newItem);
 * }</pre>
 */
public class ItemStore {
    private final ConcurrentNavigableMap<Long, Item> items = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** Stores a new item under the next id. */
    @Traced
    public Item add(NewItem item) {
        Item saved = Item.of(ids.incrementAndGet(), item);
        items.put(saved.id(), saved);
        return saved;
    }

    @Traced
    public Optional<Item> find(long id) {
        return Optional.ofNullable(items.get(id));
    }

    /** Replaces the item {@code id}, if it exists. */
    @Traced
    public Optional<Item> replace(long id, NewItem item) {
        return Optional.ofNullable(items.computeIfPresent(id, (key, old) -> Item.of(id, item)));
    }

    /** Applies {@code adjustment} to the item {@code id}, if it exists. */
    @Traced
    public Optional<Item> adjust(long id, Adjustment adjustment) {
        return Optional.ofNullable(items.computeIfPresent(id, (key, old) -> adjustment.applyTo(old)));
    }

    /** Removes the item {@code id}; false when there was none. */
    @Traced
    public boolean remove(long id) {
        return items.remove(id) != null;
    }

    /** Items by id whose name contains {@code query} (ignoring case), at most {@code limit} of them. */
    @Traced
    public List<Item> list(String query, int limit) {
        String needle = query == null ? null : query.toLowerCase(Locale.ROOT);
        return items.values().stream()
                .filter(item -> needle == null || item.name().toLowerCase(Locale.ROOT).contains(needle))
                .limit(limit)
                .toList();
    }

    /** Every item by id, as of now. */
    public List<Item> all() {
        return List.copyOf(items.values());
    }
}
