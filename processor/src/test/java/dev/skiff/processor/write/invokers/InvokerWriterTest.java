package dev.skiff.processor.write.invokers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.write.Models;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The invoker writer on hand-built models. */
class InvokerWriterTest {
    private static final RouteModel GET_ITEM = Models.route("GET", "/items/{id}", "getItem",
            List.of(Models.pathLong("id", 0)), Models.text());

    @Test
    void bindsThenChecksProblemsOnceThenCalls() {
        String source = new InvokerWriter(Models.api(List.of(GET_ITEM), Map.of()))
                .write(Models.api(List.of(GET_ITEM), Map.of()).handlers().get(0)).get(0).toString();
        assertThat(source).containsSubsequence(
                "Long id = Params.required(call.pathValue(0), Converters.LONG, LOC_PATH_ID, problems);",
                "problems.throwIfAny();",
                "String result = handler.getItem(id);",
                "return Results.json(200, JSON_STRING, result);");
        assertThat(source).contains("public final class ShopApiInvokers");
    }
}
