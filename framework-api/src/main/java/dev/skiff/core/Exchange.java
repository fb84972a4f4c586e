package dev.skiff.core;

/**
 * What the dispatcher did with one request, for the runtime's access log and metrics.
 *
 * @param response      the response to send
 * @param route         the matched route, or null for a 404/405
 * @param correlationId the request's correlation id (also in the response's headers)
 * @param failure       the unexpected exception behind a 500, or null
 */
public record Exchange(HttpResponse response, Route route, String correlationId, Throwable failure) {}
