package dev.skiff.operations;

/**
 * One operation of a Skiff API, as the deployment sees it. The processor writes, next to an API's
 * {@code SkiffRoutes}, an enum {@code SkiffOperations} with one constant per operation that
 * implements this interface, so that infrastructure code names operations as Java constants the
 * compiler checks, never as strings it would parse at synth time.
 *
 * <pre>{@code
 * SkiffOperations op = SkiffOperations.CREATE_ITEM;
 * op.operationId();   // "createItem"
 * op.method();        // "POST"
 * op.path();          // "/items"
 * op.streams();       // false
 * op.authenticated(); // true, false with @Unauthenticated
 * }</pre>
 */
public interface ApiOperation {

    /**
     * The environment variable that names, by operationId, the one operation a function serves
     * when the deployment gives each operation its own function; the function answers 404 to
     * every other route. Unset, a function serves the whole API.
     */
    String ISOLATION_VARIABLE = "SKIFF_OPERATION";

    /** The OpenAPI operationId, unique within the API, such as {@code createItem}. */
    String operationId();

    /** The HTTP method in upper case, such as {@code POST}. */
    String method();

    /** The path template in OpenAPI form, such as {@code /items/{id}}. */
    String path();

    /**
     * Whether the operation answers with a stream ({@code Stream<T>}, JSON Lines), which needs a
     * front door that passes chunks on as they are written.
     */
    boolean streams();

    /**
     * Whether callers must pass the API's authentication (its authorizer) to call the operation:
     * false for an operation marked {@code @Unauthenticated}, itself or through its handler class,
     * which the OpenAPI document shows as {@code "security": []} and the deployment must then serve
     * without an authorizer. True when the API has no authentication at all: the operation does not
     * opt out of whatever the deployment puts in front of the API.
     */
    boolean authenticated();
}
