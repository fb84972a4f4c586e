package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.support.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationProblemTest {

    @Test
    void ctxKeepsTheConstraintsAttributeOrderAndCannotChange() {
        Map<String, Object> ctx = FrozenMap.of("min", 0, "max", 80, "inclusive", true);
        ValidationProblem problem = new ValidationProblem("size", List.of("body", "name"), "size must be between 0 and 80",
                "x", ctx);

        assertThat(problem.ctx()).containsExactly(Map.entry("min", 0), Map.entry("max", 80), Map.entry("inclusive", true));
        assertThat(problem.ctx()).isEqualTo(Map.of("min", 0, "max", 80, "inclusive", true));
        assertThat(problem.ctx().get("max")).isEqualTo(80);
        assertThatThrownBy(() -> problem.ctx().put("min", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCallersMapAndLocAreCopiedSoLaterChangesDoNotLeakIntoTheProblem() {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("error", "bad");
        List<Object> loc = new ArrayList<>(List.of("query", "limit"));
        ValidationProblem problem = new ValidationProblem("int_parsing", loc, "msg", "abc", ctx);

        ctx.put("error", "changed");
        ctx.put("other", 1);
        loc.add("extra");

        assertThat(problem.ctx()).containsExactly(Map.entry("error", "bad"));
        assertThat(problem.loc()).containsExactly("query", "limit");
    }

    @Test
    void aNestedLocationIsTheParentFollowedByNamesAndIndexes() {
        List<Object> parent = new ArrayList<>(List.of("body", "dimensions"));
        Problems problems = new Problems();
        problems.add("positive", parent, "must be greater than 0", -1, Map.of(), "tags", 2);
        parent.add("later");

        assertThat(problems.list()).singleElement()
                .satisfies(p -> assertThat(p.loc()).containsExactly("body", "dimensions", "tags", 2));
    }

    @Test
    void aNameGivenTwiceIsAMistake() {
        assertThatThrownBy(() -> FrozenMap.of("min", 0, "min", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
