package dev.skiff.samples.items;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a client sends to create or replace an item.
 *
 * <pre>{@code
 * new NewItem("Lamp", new BigDecimal("19.90"), List.of("home"), Optional.empty(), Optional.empty())
 * }</pre>
 *
 * @param name         the item's name
 * @param price        the price in euros
 * @param tags         free-form labels
 * @param dimensions   the item's size, if known
 * @param contactEmail whom to ask about the item
 */
public record NewItem(String name, BigDecimal price, List<String> tags, Optional<Dimensions> dimensions,
        Optional<String> contactEmail) {
    public NewItem {
        tags = tags == null ? List.of() : List.copyOf(tags);
        dimensions = dimensions == null ? Optional.empty() : dimensions;
        contactEmail = contactEmail == null ? Optional.empty() : contactEmail;
    }
}
