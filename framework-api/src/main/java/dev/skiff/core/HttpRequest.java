package dev.skiff.core;

import dev.skiff.api.CallerIdentity;
import dev.skiff.api.Metrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The runtime-neutral request that every adapter builds from its native one. The body is
 * already read (adapters enforce the size limit before building it).
 */
public final class HttpRequest {
    private static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final String rawPath;
    private final Map<String, List<String>> query;
    private final Headers headers;
    private final Map<String, String> cookies;
    private final byte[] body;
    private final String platformRequestId;
    private final CallerIdentity caller;
    private final Object platformContext;
    /** The raw event, or null until {@link #rawEventSource} has made it. */
    private Object rawEvent;
    /** Makes the raw event on first use (an adapter keeps the input, not a parsed tree); then null. */
    private Supplier<?> rawEventSource;
    private final Metrics metrics;

    private HttpRequest(Builder b) {
        this.method = Objects.requireNonNull(b.method, "method");
        this.rawPath = Objects.requireNonNull(b.rawPath, "rawPath");
        this.query = b.query;
        this.headers = b.headers;
        this.cookies = b.cookies;
        this.body = b.body == null ? NO_BODY : b.body;
        this.platformRequestId = b.platformRequestId;
        this.caller = b.caller;
        this.platformContext = b.platformContext;
        this.rawEvent = b.rawEvent;
        this.rawEventSource = b.rawEvent == null ? b.rawEventSource : null;
        this.metrics = b.metrics == null ? Metrics.noop() : b.metrics;
    }

    /** Starts a request for {@code method} (upper case) on a percent-encoded path. */
    public static Builder builder(String method, String rawPath) {
        return new Builder(method, rawPath);
    }

    public String method() {
        return method;
    }

    /** The path as received, percent-encoded, without the query string. */
    public String rawPath() {
        return rawPath;
    }

    /** Query parameters, decoded, with repeated keys' values in order. */
    public Map<String, List<String>> query() {
        return query;
    }

    public Headers headers() {
        return headers;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    /** The body bytes; empty when there is none. */
    public byte[] body() {
        return body;
    }

    /** The platform's id for this request (API Gateway's request id), if it has one. */
    public Optional<String> platformRequestId() {
        return Optional.ofNullable(platformRequestId);
    }

    public Optional<CallerIdentity> caller() {
        return Optional.ofNullable(caller);
    }

    public Optional<Object> platformContext() {
        return Optional.ofNullable(platformContext);
    }

    /** The platform's raw event; one given lazily is made on the first call and kept. */
    public Optional<Object> rawEvent() {
        Supplier<?> source = rawEventSource;
        if (source != null) {
            rawEvent = source.get();
            rawEventSource = null;
        }
        return Optional.ofNullable(rawEvent);
    }

    /** Where the request's custom metrics go; a no-op unless the runtime publishes metrics. */
    public Metrics metrics() {
        return metrics;
    }

    /** Builds an {@link HttpRequest}. */
    public static final class Builder {
        private final String method;
        private final String rawPath;
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private final Headers headers = new Headers();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private byte[] body;
        private String platformRequestId;
        private CallerIdentity caller;
        private Object platformContext;
        private Object rawEvent;
        private Supplier<?> rawEventSource;
        private Metrics metrics;

        private Builder(String method, String rawPath) {
            this.method = method;
            this.rawPath = rawPath;
        }

        /** Adds a decoded query value; a key may repeat. */
        public Builder query(String name, String value) {
            query.computeIfAbsent(name, k -> new java.util.ArrayList<>(1)).add(value);
            return this;
        }

        /** Parses a raw query string ({@code a=1&b=x%20y}), adding each pair. */
        public Builder rawQuery(String rawQuery) {
            QueryStrings.parse(rawQuery, this::query);
            return this;
        }

        public Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        public Builder cookie(String name, String value) {
            cookies.put(name, value);
            return this;
        }

        public Builder body(byte[] body) {
            this.body = body;
            return this;
        }

        public Builder platformRequestId(String id) {
            this.platformRequestId = id;
            return this;
        }

        public Builder caller(CallerIdentity caller) {
            this.caller = caller;
            return this;
        }

        public Builder platformContext(Object context) {
            this.platformContext = context;
            return this;
        }

        public Builder rawEvent(Object event) {
            this.rawEvent = event;
            return this;
        }

        /**
         * The raw event, made by {@code source} only if {@link HttpRequest#rawEvent()} is called:
         * most requests never look at it, so an adapter need not build it for each one.
         * An event given with {@link #rawEvent(Object)} takes precedence.
         */
        public Builder lazyRawEvent(Supplier<?> source) {
            this.rawEventSource = source;
            return this;
        }

        /** Where {@link dev.skiff.api.RequestContext#metrics()} sends this request's metrics. */
        public Builder metrics(Metrics metrics) {
            this.metrics = metrics;
            return this;
        }

        /** Parses {@code Cookie} header values into cookies, unless cookies were given directly. */
        public HttpRequest build() {
            if (cookies.isEmpty()) {
                for (String value : headers.all("cookie")) {
                    CookieHeaders.parse(value, cookies::putIfAbsent);
                }
            }
            return new HttpRequest(this);
        }
    }
}
