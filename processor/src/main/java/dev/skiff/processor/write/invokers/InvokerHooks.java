package dev.skiff.processor.write.invokers;

import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.RouteModel;
import java.util.List;

/**
 * Where extensions add code to every invoker without the invoker writer knowing them: after a
 * parameter is bound (adding to {@code problems}, before the problem check), and around the
 * handler call. Every feature of the model (constraints included) is written by the invoker
 * writer itself; hooks are for code that is not part of the model.
 */
public interface InvokerHooks {
    /** Hooks that add nothing. */
    InvokerHooks NONE = new InvokerHooks() {};

    /**
     * Called after {@code param} is bound into {@code local} (boxed, null when missing or
     * unconvertible); code added here runs before {@code problems.throwIfAny()}.
     */
    default void afterBinding(RouteModel route, ParamModel param, String local, InvokerFields fields,
            CodeBlock.Builder code) {}

    /** The expression that calls the handler; by default {@code invocation} itself. */
    default CodeBlock aroundCall(RouteModel route, CodeBlock invocation, InvokerFields fields) {
        return invocation;
    }

    /** Hooks run one after the other, in order. */
    static InvokerHooks all(List<InvokerHooks> hooks) {
        return new InvokerHooks() {
            @Override
            public void afterBinding(RouteModel route, ParamModel param, String local, InvokerFields fields,
                    CodeBlock.Builder code) {
                hooks.forEach(hook -> hook.afterBinding(route, param, local, fields, code));
            }

            @Override
            public CodeBlock aroundCall(RouteModel route, CodeBlock invocation, InvokerFields fields) {
                CodeBlock call = invocation;
                for (InvokerHooks hook : hooks) {
                    call = hook.aroundCall(route, call, fields);
                }
                return call;
            }
        };
    }
}
