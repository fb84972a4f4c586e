package dev.skiff.support;

import dev.skiff.core.Call;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Invoker;

/** One numbered operation of a generated {@link Operations}. */
final class OperationInvoker implements Invoker {
    private final Operations operations;
    private final int operation;

    OperationInvoker(Operations operations, int operation) {
        this.operations = operations;
        this.operation = operation;
    }

    @Override
    public HttpResponse invoke(Call call) throws Exception {
        return operations.invoke(operation, call);
    }
}
