package dev.skiff.samples.orders;

import dev.skiff.api.ApiInfo;
import dev.skiff.api.Server;
import dev.skiff.core.Application;
import dev.skiff.local.LocalServer;
import dev.skiff.samples.items.ItemsClient;
import java.util.Map;

/**
 * The orders sample: a Skiff API that calls another Skiff API, the items sample, through its
 * generated Java client, signed with SigV4 when deployed (see {@link ItemsConnection}).
 *
 * <pre>{@code
 * mvn -q -pl samples/items -am package -DskipTests -Pserve    # items on :8080, then in another shell:
 * mvn -q -pl samples/orders -am package -DskipTests -Pserve-orders   # orders on :8081
 * curl -d '{"itemId": 1, "quantity": 3}' -H 'content-type: application/json' localhost:8081/orders
 * }</pre>
 */
@ApiInfo(title = "Orders", version = "1.0.0", license = "Apache-2.0", auth = ApiInfo.Auth.IAM,
        servers = @Server(url = "http://localhost:8081", description = "Local development (PORT changes the port)"))
public final class OrdersApplication {
    private OrdersApplication() {}

    /** The API calling the items API through {@code items}. */
    public static Application create(ItemsClient items) {
        return SkiffRoutes.create(new OrdersApi(items));
    }

    /** The API calling the items API that {@code environment} names ({@link ItemsConnection}). */
    public static Application create(Map<String, String> environment) {
        return create(ItemsConnection.fromEnvironment(environment));
    }

    /**
     * Serves the API on {@code PORT}, by default 8081 so that it runs beside the items sample
     * on 8080, until the JVM is stopped.
     */
    public static void main(String[] args) {
        String port = System.getenv("PORT");
        LocalServer server = LocalServer.builder(create(System.getenv()))
                .port(port == null || port.isBlank() ? 8081 : Integer.parseInt(port.trim()))
                .build()
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "orders-shutdown"));
        server.awaitStop();
    }
}
