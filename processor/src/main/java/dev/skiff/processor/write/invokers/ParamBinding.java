package dev.skiff.processor.write.invokers;

import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.RouteModel;

/**
 * Writes the statement that binds one parameter into a local variable, recording conversion
 * problems in {@code problems} (one strategy per source, as Helidon has). The local holds the
 * boxed value; the invoker unboxes or wraps it only after the problem check.
 */
interface ParamBinding {
    CodeBlock bind(RouteModel route, ParamModel param, String local, InvokerFields fields);

    /** The strategy for a source. */
    static ParamBinding of(ParamSource source) {
        return switch (source) {
            case PATH -> new PathBinding();
            case QUERY -> TextBinding.query();
            case HEADER -> TextBinding.header();
            case COOKIE -> TextBinding.cookie();
            case BODY -> new BodyBinding();
            case FORM, FILE -> new FormBinding();
            case RAW_BODY -> new RawBodyBinding();
            case CONTEXT -> new ContextBinding();
            case DEPENDENCY -> new DependencyBinding();
            case UNBINDABLE -> throw new IllegalArgumentException("an unbindable parameter is a compile error");
        };
    }
}
