package dev.skiff.lambda.event;

/** The two event shapes API Gateway and Function URLs send, which also fix the response shape. */
public enum EventFormat {
    /** API Gateway REST API (payload format 1.0): {@code httpMethod}, {@code multiValueHeaders}. */
    V1,
    /** API Gateway HTTP API (payload format 2.0) and Function URLs: {@code rawPath}, {@code cookies}. */
    V2
}
