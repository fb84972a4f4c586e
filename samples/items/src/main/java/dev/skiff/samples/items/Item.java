package dev.skiff.samples.items;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An item in the catalogue.
 *
 * <pre>{@code
 * Item lamp = Item.of(1, newItem);
 * }</pre>
 *
 * @param id           the item's id, given by the store
 * @param name         the item's name
 * @param price        the price in euros
 * @param tags         free-form labels
 * @param dimensions   the item's size, if known
 * @param contactEmail whom to ask about the item
 */
public record Item(long id, String name, BigDecimal price, List<String> tags, Optional<Dimensions> dimensions,
        Optional<String> contactEmail) {

    /** This item at {@code newPrice}. */
    public Item withPrice(BigDecimal newPrice) {
        return new Item(id, name, newPrice, tags, dimensions, contactEmail);
    }

    /** The item with {@code id} holding what {@code item} says. */
    public static Item of(long id, NewItem item) {
        return new Item(id, item.name(), item.price(), item.tags(), item.dimensions(), item.contactEmail());
    }
}
