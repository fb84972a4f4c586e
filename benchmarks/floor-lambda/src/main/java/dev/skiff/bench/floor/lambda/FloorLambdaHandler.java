package dev.skiff.bench.floor.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.skiff.bench.floor.orders.FloorOrders;
import dev.skiff.bench.floor.orders.FloorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Lambda floor: the bench app's operation as a hand-written handler on
 * aws-lambda-java-events' payload 2.0 types and Jackson, with if-statement validation and
 * the same default observability as Skiff's (one JSON access line and one EMF line per
 * invocation, written by hand).
 *
 * <pre>{@code
 * Handler: dev.skiff.bench.floor.lambda.FloorLambdaHandler::handleRequest
 * }</pre>
 */
public final class FloorLambdaHandler implements RequestStreamHandler {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final ObjectReader EVENT = MAPPER.readerFor(APIGatewayV2HTTPEvent.class);
    private static final ObjectWriter RESPONSE = MAPPER.writerFor(APIGatewayV2HTTPResponse.class);

    private final FloorOrders orders = new FloorOrders();
    private final FloorTelemetry telemetry = new FloorTelemetry(System.out);

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        long start = System.nanoTime();
        APIGatewayV2HTTPEvent event;
        try {
            event = EVENT.readValue(input);
        } catch (IOException unreadable) {
            System.err.println("unreadable event: " + unreadable.getClass().getSimpleName());
            write(output, 400, "{\"detail\":\"Bad Request\"}", "-");
            return;
        }
        Map<String, String> headers = event.getHeaders() == null ? Map.of() : event.getHeaders();
        String correlationId = headers.getOrDefault("x-correlation-id",
                event.getRequestContext() == null ? context.getAwsRequestId() : event.getRequestContext().getRequestId());
        byte[] body = event.getBody() == null ? new byte[0]
                : event.getIsBase64Encoded() ? Base64.getDecoder().decode(event.getBody())
                : event.getBody().getBytes(StandardCharsets.UTF_8);
        String method = event.getRequestContext().getHttp().getMethod();
        FloorResponse response = orders.handle(method, event.getRawPath(), event.getRawQueryString(),
                headers.get("content-type"), body);
        write(output, response.status(), new String(response.json(), StandardCharsets.UTF_8), correlationId);
        telemetry.record(context, method, event.getRawPath(), response.status(), correlationId, (System.nanoTime() - start) / 1e6);
    }

    private static void write(OutputStream output, int status, String json, String correlationId) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("x-correlation-id", correlationId);
        APIGatewayV2HTTPResponse response = new APIGatewayV2HTTPResponse();
        response.setStatusCode(status);
        response.setHeaders(headers);
        response.setBody(json);
        RESPONSE.writeValue(output, response);
    }
}
