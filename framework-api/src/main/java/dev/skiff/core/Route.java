package dev.skiff.core;

/**
 * One operation: its method, template (in {@code {var}} form), operationId and generated
 * invoker.
 */
public record Route(String method, String template, String operationId, Invoker invoker) {
    /** {@code "GET /items/{id}"}: the form used for metric dimensions and logs. */
    public String key() {
        return method + " " + template;
    }
}
