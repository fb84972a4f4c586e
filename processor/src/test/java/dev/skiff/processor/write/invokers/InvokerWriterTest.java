package dev.skiff.processor.write.invokers;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.write.Models;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The invoker writer on hand-built models, and its extension hooks. */
class InvokerWriterTest {
    private static final RouteModel GET_ITEM = Models.route("GET", "/items/{id}", "getItem",
            List.of(Models.pathLong("id", 0)), Models.text());

    @Test
    void bindsThenChecksProblemsOnceThenCalls() {
        String source = new InvokerWriter(InvokerHooks.NONE)
                .write(Models.api(List.of(GET_ITEM), Map.of()).handlers().get(0)).toString();
        assertThat(source).containsSubsequence(
                "Long id = Params.required(call.pathValue(0), Converters.LONG, LOC_PATH_ID, problems);",
                "problems.throwIfAny();",
                "String result = handler.getItem(id);",
                "return Results.json(200, WRITE_STRING, result);");
        assertThat(source).contains("public final class ShopApiInvokers");
    }

    @Test
    void hooksAddCodeAfterBindingAndAroundTheCall() {
        InvokerHooks hooks = new InvokerHooks() {
            @Override
            public void afterBinding(RouteModel route, ParamModel param, String local, InvokerFields fields,
                    CodeBlock.Builder code) {
                String min = fields.add("min:" + param.name(), "MIN_" + param.name().toUpperCase(),
                        com.palantir.javapoet.TypeName.LONG, CodeBlock.of("1L"));
                code.addStatement("Checks.min($L, $L, problems)", local, min);
            }

            @Override
            public CodeBlock aroundCall(RouteModel route, CodeBlock invocation, InvokerFields fields) {
                return CodeBlock.of("Tracing.traced($S, () -> $L)", "## " + route.javaMethodName(), invocation);
            }
        };
        String source = new InvokerWriter(hooks)
                .write(Models.api(List.of(GET_ITEM), Map.of()).handlers().get(0)).toString();
        assertThat(source).contains("private static final long MIN_ID = 1L;");
        assertThat(source).containsSubsequence("Long id = Params.required(", "Checks.min(id, MIN_ID, problems);",
                "problems.throwIfAny();", "String result = Tracing.traced(\"## getItem\", () -> handler.getItem(id));");
    }
}
