package dev.skiff.samples.items;

import dev.skiff.test.LambdaTestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Lambda execution environment's first invocation, in a JVM of its own for
 * {@link ItemsColdClassLoadTest}: the sample's handler is built as Lambda's init phase builds it,
 * then answers one API Gateway HTTP API (payload 2.0) event, {@code POST /items} with a valid
 * body, with a Lambda context as the runtime passes it. The response is written to the file
 * named by the first argument; standard output carries the handler's log and metric lines.
 */
public final class ColdInvocation {
    static final String EVENT = "/events/v2-create-item.json";

    private ColdInvocation() {}

    public static void main(String[] args) throws IOException {
        byte[] event;
        try (InputStream in = ColdInvocation.class.getResourceAsStream(EVENT)) {
            event = in.readAllBytes();
        }
        ItemsLambdaHandler handler = new ItemsLambdaHandler();
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        LambdaTestContext context = new LambdaTestContext("8476a536-e9f4-11e8-9739-2dfe598c3fcd");
        handler.handleRequest(new ByteArrayInputStream(event), response, context);
        Files.write(Path.of(args[0]), response.toByteArray());
    }
}
