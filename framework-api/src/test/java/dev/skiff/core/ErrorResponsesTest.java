package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Error bodies are written with jackson-core, byte for byte as they were when they were built as
 * databind trees (the oracle here), decimals without trailing zeros included.
 */
class ErrorResponsesTest {
    private static final List<Object> VALUES = Arrays.asList(null, "plain", "é \" \\ \n \u2028 \u0001 😀", 0, -7L,
            new BigInteger("123456789012345678901234567890"), 1.5, 0.1f, 1e20, Double.NaN, new BigDecimal("19.90"),
            new BigDecimal("0.00"), true, Optional.of("x"),
            Optional.empty(), new byte[] {1, 2, 3}, LocalDate.of(2026, 11, 28), List.of(1, "two", new BigDecimal("3.0")),
            new LinkedHashMap<>(Map.of("le", new BigDecimal("10.50"))), List.of(Map.of("nested", List.of()), List.of()));

    @Test
    void detailOfAnyValue_isWhatTheTreeWrote() throws Exception {
        for (Object value : VALUES) {
            ObjectNode tree = Json.mapper().createObjectNode();
            tree.set("detail", Json.mapper().valueToTree(value));

            assertThat(text(ErrorResponses.detail(409, value).body())).as("detail %s", value)
                    .isEqualTo(text(Json.mapper().writeValueAsBytes(tree)));
        }
    }

    @Test
    void aWholeDecimal_isWrittenWithoutAnExponent_asFastApiShowsIt() {
        assertThat(text(ErrorResponses.detail(409, new BigDecimal("100")).body())).isEqualTo("{\"detail\":100}");
        assertThat(text(ErrorResponses.detail(409, new BigDecimal("-1.2300E+5")).body())).isEqualTo("{\"detail\":-123000}");
        assertThat(text(ErrorResponses.detail(409, new BigDecimal("19.90")).body())).isEqualTo("{\"detail\":19.9}");
    }

    @Test
    void problemsWithEveryKindOfInputAndContext_areWhatTheTreeWrote() throws Exception {
        List<ValidationProblem> problems = new ArrayList<>();
        for (Object value : VALUES) {
            Map<String, Object> ctx = new LinkedHashMap<>();
            ctx.put("error", value);
            problems.add(new ValidationProblem("value_error", List.of("body", "items", 3, 7L), "Value error", value, ctx));
        }
        problems.add(ValidationProblem.of("missing", List.of("query", "limit"), "Field required", null));

        assertThat(text(ErrorResponses.validation(problems).body())).isEqualTo(treeOf(problems));
    }

    private static String treeOf(List<ValidationProblem> problems) throws Exception {
        ObjectNode body = Json.mapper().createObjectNode();
        ArrayNode detail = body.putArray("detail");
        for (ValidationProblem problem : problems) {
            ObjectNode entry = detail.addObject().put("type", problem.type());
            ArrayNode loc = entry.putArray("loc");
            for (Object part : problem.loc()) {
                if (part instanceof Integer index) {
                    loc.add(index);
                } else if (part instanceof Long offset) {
                    loc.add(offset);
                } else {
                    loc.add(String.valueOf(part));
                }
            }
            entry.put("msg", problem.msg());
            entry.set("input", Json.mapper().valueToTree(problem.input()));
            if (!problem.ctx().isEmpty()) {
                ObjectNode ctx = entry.putObject("ctx");
                problem.ctx().forEach((name, value) -> ctx.set(name, Json.mapper().valueToTree(value)));
            }
        }
        return text(Json.mapper().writeValueAsBytes(body));
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
