package dev.skiff.local;

import dev.skiff.core.ErrorResponses;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Serves the files of one class-path folder (a webjar's) below a URL prefix, each read once and
 * kept with its ETag. Only plain file names directly in the folder are served.
 */
final class ClasspathAssets implements HttpHandler {
    private final ClassLoader loader;
    private final String folder;
    private final Map<String, UnaryOperator<byte[]>> patches;
    private final Map<String, Optional<StaticContent>> cache = new ConcurrentHashMap<>();

    /**
     * @param folder  class-path folder, without a trailing slash
     * @param patches per file name, a change applied to its bytes once, as they are read
     */
    ClasspathAssets(ClassLoader loader, String folder, Map<String, UnaryOperator<byte[]>> patches) {
        this.loader = loader;
        this.folder = folder;
        this.patches = Map.copyOf(patches);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this); // the first read of a file blocks on the class path
            return;
        }
        String name = exchange.getRelativePath();
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        Optional<StaticContent> content = isPlainName(name) ? cache.computeIfAbsent(name, this::load) : Optional.empty();
        if (content.isPresent()) {
            content.get().send(exchange);
        } else {
            exchange.setStatusCode(404);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            exchange.getResponseSender().send(ByteBuffer.wrap(ErrorResponses.notFound().body()));
        }
    }

    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.startsWith(".");
    }

    private Optional<StaticContent> load(String name) {
        try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = patches.getOrDefault(name, UnaryOperator.identity()).apply(in.readAllBytes());
            return Optional.of(StaticContent.of(bytes, MediaTypes.of(name)));
        } catch (IOException e) {
            throw new UncheckedIOException("class-path asset " + folder + "/" + name + " could not be read", e);
        }
    }
}
