package dev.skiff.samples.orders;

import dev.skiff.api.ApiResponse;
import dev.skiff.api.HttpException;
import dev.skiff.api.Post;
import dev.skiff.api.Tag;
import dev.skiff.client.ApiException;
import dev.skiff.samples.items.Item;
import dev.skiff.samples.items.ItemsClient;
import jakarta.validation.Valid;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders, priced by another Skiff service: each order asks the items API for the item through
 * its generated {@link ItemsClient}. What the items API answers becomes this API's answer: an
 * unknown item is the caller's mistake (422, pointing at {@code itemId}); the items API failing
 * or out of reach is a 502, 503 or 504 saying so, never a 500 with a stack trace.
 *
 * <pre>{@code
 * Application app = SkiffRoutes.create(new OrdersApi(ItemsClient.builder(URI.create("http://localhost:8080")).build()));
 * }</pre>
 */
@Tag("orders")
public final class OrdersApi {
    private static final Logger LOG = LoggerFactory.getLogger(OrdersApi.class);

    private final ItemsClient items;

    public OrdersApi(ItemsClient items) {
        this.items = items;
    }

    /** Place an order for an item at its current price. */
    @Post(value = "/orders", status = 201)
    @ApiResponse(status = 502, description = "The items API answered with an error")
    @ApiResponse(status = 503, description = "The items API could not be reached")
    @ApiResponse(status = 504, description = "The items API did not answer in time")
    public Order placeOrder(@Valid NewOrder order) {
        Item item = item(order.itemId());
        return new Order(UUID.randomUUID().toString(), item.id(), item.name(), order.quantity(), item.price(),
                item.price().multiply(BigDecimal.valueOf(order.quantity())));
    }

    private Item item(long id) {
        try {
            return items.getItem(id);
        } catch (ApiException e) {
            // only items' own answer: a route 404 ("Not Found") means ITEMS_API_URL is wrong
            if (e.status() == 404 && "Item not found".equals(e.detail())) {
                throw unknownItem(id);
            }
            // 403 here usually means this service's role lacks the grant (grantInvokeAccess)
            LOG.warn("the items API answered GET /items/{} with {}: {}", id, e.status(), e.body());
            throw new HttpException(502, "The items API answered " + e.status() + " when asked for item " + id);
        } catch (UncheckedIOException e) {
            LOG.warn("the items API could not be reached for GET /items/{}", id, e);
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new HttpException(504, "The items API did not answer in time; try again later");
            }
            throw new HttpException(503, "The items API could not be reached; try again later");
        }
    }

    /** A 422 in the shape of the request's own validation errors, so clients handle both alike. */
    private static HttpException unknownItem(long id) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "unknown_item");
        problem.put("loc", List.of("body", "itemId"));
        problem.put("msg", "No item has the id " + id);
        problem.put("input", id);
        return new HttpException(422, List.of(problem));
    }
}
