package dev.skiff.samples.orders;

import dev.skiff.api.Example;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What a client sends to place an order.
 *
 * <pre>{@code
 * new NewOrder(1, 3)   // three of item 1
 * }</pre>
 *
 * @param itemId   the id of the item in the items API
 * @param quantity how many
 */
public record NewOrder(@Min(1) @Example("1") long itemId, @Min(1) @Max(100) @Example("3") int quantity) {
}
