package dev.skiff.core;

/** Binds a request's parameters, calls the handler method and turns its result into a response. */
@FunctionalInterface
public interface Invoker {
    HttpResponse invoke(Call call) throws Exception;
}
