package dev.skiff.samples.items;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A change to an item's price, of the kind its {@code kind} property names ({@link Reprice} or
 * {@link Discount}): the document describes it as a {@code oneOf} with a discriminator, and a
 * body of an unknown kind is a 422.
 *
 * <pre>{@code
 * {"kind": "discount", "percent": 15}
 * {"kind": "reprice", "price": 24.90}
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
public sealed interface Adjustment permits Reprice, Discount {
    /** The item after this adjustment. */
    Item applyTo(Item item);
}
