package dev.skiff.samples.orders;

import java.math.BigDecimal;

/**
 * A placed order, priced at the item's price when it was placed.
 *
 * <pre>{@code
 * Order order = orders.placeOrder(new NewOrder(1, 3));   // order.total(): 3 x the item's price
 * }</pre>
 *
 * @param id        the order's id
 * @param itemId    the item's id in the items API
 * @param itemName  the item's name when the order was placed
 * @param quantity  how many
 * @param unitPrice the item's price in euros when the order was placed
 * @param total     quantity times the unit price
 */
public record Order(String id, long itemId, String itemName, int quantity, BigDecimal unitPrice, BigDecimal total) {
}
