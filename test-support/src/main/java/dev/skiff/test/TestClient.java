package dev.skiff.test;

import dev.skiff.core.Application;
import dev.skiff.core.Dispatcher;
import dev.skiff.core.OperationInterceptor;
import java.util.List;
import java.util.Objects;

/**
 * Calls an application in memory, through the same {@link Dispatcher} the servers use, with no
 * socket: FastAPI's {@code TestClient} for Skiff. Paths are written as a client sends them,
 * percent-encoded, and may carry a query string.
 *
 * <pre>{@code
 * TestClient client = TestClient.of(SkiffRoutes.create(new ItemsApi(new ItemStore())));
 *
 * TestResponse created = client.post("/items").json(new NewItem("pen", 3)).send();
 * assertThat(created.status()).isEqualTo(201);
 * Item item = created.as(Item.class);
 *
 * TestResponse found = client.get("/items").query("q", "pen").header("x-api-key", "k").send();
 * assertThat(found.json().get(0).get("name").asText()).isEqualTo("pen");
 * }</pre>
 */
public final class TestClient {
    private final Dispatcher dispatcher;

    private TestClient(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** A client for {@code application}. */
    public static TestClient of(Application application) {
        return of(application, List.of());
    }

    /** A client for {@code application} with the interceptors its runtime would add. */
    public static TestClient of(Application application, List<OperationInterceptor> interceptors) {
        return new TestClient(new Dispatcher(Objects.requireNonNull(application, "application"), interceptors));
    }

    public TestRequest get(String path) {
        return request("GET", path);
    }

    public TestRequest post(String path) {
        return request("POST", path);
    }

    public TestRequest put(String path) {
        return request("PUT", path);
    }

    public TestRequest patch(String path) {
        return request("PATCH", path);
    }

    public TestRequest delete(String path) {
        return request("DELETE", path);
    }

    public TestRequest head(String path) {
        return request("HEAD", path);
    }

    public TestRequest options(String path) {
        return request("OPTIONS", path);
    }

    /** A request with any method, such as {@code "PROPFIND"}. */
    public TestRequest request(String method, String path) {
        return new TestRequest(dispatcher, method, path);
    }
}
