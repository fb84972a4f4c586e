package dev.skiff.lambda;

import dev.skiff.api.CallerIdentity;
import dev.skiff.api.HttpException;
import dev.skiff.core.Application;
import dev.skiff.core.Call;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.JsonValues;
import dev.skiff.core.Lookup;
import dev.skiff.core.RequestValidationException;
import dev.skiff.core.Route;
import dev.skiff.core.ValidationProblem;
import dev.skiff.test.LambdaTestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Lambda runtime's own request path, in a JVM of its own for {@link RequestPathClassLoadTest}:
 * a hand-written application whose handlers write JSON only through {@code JsonValues} answers
 * events with a JWT authorizer (payload 2.0) and an IAM identity (payload 1.0), a validation
 * failure, an {@code HttpException}, an unknown path and an event that is not JSON. Each
 * response is written to the file named by the first argument, one per line.
 */
public final class LeanInvocations {
    private LeanInvocations() {}

    public static void main(String[] args) throws IOException {
        Handler handler = new Handler();
        List<byte[]> events = List.of(
                fixture("v2-echo-cookies-jwt.json"),
                fixture("v1-echo-iam.json"),
                v2("POST", "/items", "{\\\"name\\\":\\\"Lamp\\\",\\\"price\\\":19.90}"),
                v2("GET", "/items/0", null),
                v2("GET", "/nowhere", null),
                "{\"version\":".getBytes(StandardCharsets.UTF_8));
        List<String> responses = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(events.get(i)), out, new LambdaTestContext("lean-" + i));
            responses.add(out.toString(StandardCharsets.UTF_8));
        }
        Files.write(Path.of(args[0]), responses);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = LeanInvocations.class.getResourceAsStream("/events/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] v2(String method, String path, String body) {
        return ("{\"version\":\"2.0\",\"rawPath\":\"" + path + "\",\"rawQueryString\":\"\","
                + "\"headers\":{\"content-type\":\"application/json\"},"
                + "\"requestContext\":{\"http\":{\"method\":\"" + method + "\",\"path\":\"" + path + "\"},"
                + "\"requestId\":\"r-" + method + "\",\"stage\":\"$default\"},"
                + (body == null ? "" : "\"body\":\"" + body + "\",") + "\"isBase64Encoded\":false}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The handler a deployment names, over the lean application. */
    private static final class Handler extends SkiffLambdaHandler {
        Handler() {
            super(application());
        }
    }

    private static final Route ECHO = new Route("GET", "/echo", "echo", LeanInvocations::echo);
    private static final Route CREATE_ITEM = new Route("POST", "/items", "createItem", LeanInvocations::createItem);
    private static final Route GET_ITEM = new Route("GET", "/items/{id}", "getItem", LeanInvocations::getItem);

    private static Application application() {
        return new Application("Lean", "1.0", (method, segments) -> {
            if (segments.length == 1 && segments[0].equals("echo")) {
                return method.equals("GET") ? new Lookup.Found(ECHO, new String[0])
                        : new Lookup.MethodNotAllowed(Set.of("GET"));
            }
            if (segments.length == 1 && segments[0].equals("items") && method.equals("POST")) {
                return new Lookup.Found(CREATE_ITEM, new String[0]);
            }
            if (segments.length == 2 && segments[0].equals("items") && method.equals("GET")) {
                return new Lookup.Found(GET_ITEM, new String[] {segments[1]});
            }
            return Lookup.NotFound.INSTANCE;
        }, List.of(ECHO, CREATE_ITEM, GET_ITEM), () -> null);
    }

    private static HttpResponse echo(Call call) {
        call.context().metrics().metadata("claim_count", call.context().caller().map(c -> c.claims().size()).orElse(0));
        Map<String, Object> body = new LinkedHashMap<>();
        CallerIdentity caller = call.context().caller().orElseThrow();
        body.put("caller", caller.kind() + " " + caller.principal());
        body.put("account", caller.accountId());
        body.put("claims", caller.claims());
        return HttpResponse.json(200, JsonValues.toBytes(body));
    }

    private static HttpResponse createItem(Call call) {
        throw new RequestValidationException(List.of(new ValidationProblem("less_than_equal", List.of("body", "price"),
                "Input should be less than or equal to 10", new BigDecimal("19.90"), Map.of("le", 10))));
    }

    private static HttpResponse getItem(Call call) {
        throw new HttpException(404, "Item not found");
    }
}
