/**
 * The runtime contract every Skiff runtime shares: the neutral request and response
 * ({@link dev.skiff.core.HttpRequest}, {@link dev.skiff.core.HttpResponse}), the compiled
 * {@link dev.skiff.core.Application} with its {@link dev.skiff.core.Router} and
 * {@link dev.skiff.core.Route}s, and the one {@link dev.skiff.core.Dispatcher} that routes a
 * request, runs its {@link dev.skiff.core.OperationInterceptor}s and maps every outcome to
 * FastAPI's error bodies ({@link dev.skiff.core.ErrorResponses}).
 *
 * <p>A runtime translates its native request into an {@code HttpRequest}, dispatches it and
 * writes the {@code HttpResponse} back:
 *
 * <pre>{@code
 * Dispatcher dispatcher = new Dispatcher(SkiffRoutes.create(new ItemsApi()), List.of());
 * Exchange exchange = dispatcher.dispatch(request);
 * }</pre>
 *
 * <p>What generated code calls to bind parameters, read bodies, write results and validate
 * lives in {@code dev.skiff.support}, which depends on this package and never the reverse.
 */
package dev.skiff.core;
