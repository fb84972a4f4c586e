package dev.skiff.lambda.event;

import dev.skiff.core.HttpRequest;

/**
 * An event read from the invocation's input: the neutral request and the shape to answer in.
 *
 * @param request the request the dispatcher runs
 * @param format  the event's payload format, which the response must use
 */
public record ApiEvent(HttpRequest request, EventFormat format) {}
