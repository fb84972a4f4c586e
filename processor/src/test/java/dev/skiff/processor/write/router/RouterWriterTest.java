package dev.skiff.processor.write.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.write.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The router writer on hand-built models. */
class RouterWriterTest {

    @Test
    void thousandRoutesGiveSmallMethodsAndNoScan() {
        List<RouteModel> routes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            routes.add(Models.route("GET", "/r" + i + "/items/{id}", "get" + i, List.of(Models.pathLong("id", 0)),
                    Models.text()));
        }
        String source = new RouterWriter().write(Models.api(routes, Map.of())).toString();

        assertThat(source).doesNotContain("Pattern", "matches(", "for (");
        // one method per tree node: the root switches over 1000 first segments, every other method is tiny
        Matcher methods = Pattern.compile("private Lookup node(\\d+)\\(").matcher(source);
        int count = 0;
        while (methods.find()) {
            count++;
        }
        assertThat(count).isEqualTo(1 + 1000 * 3);
        // the root's 1000 children are spread over hash buckets, so no method switches over many
        // cases: HotSpot would never compile a method past 8,000 bytes of bytecode
        assertThat(source).contains("switch (s[0].hashCode() & 63)", "private Lookup node0_63(");
        for (String method : source.split("private Lookup ")) {
            assertThat(method.split("case ", -1).length - 1).as(method.lines().findFirst().orElse(""))
                    .isLessThanOrEqualTo(64);
        }
    }

    @Test
    void staticChildIsTriedBeforeTheVariable() {
        String source = new RouterWriter().write(Models.api(List.of(
                Models.route("GET", "/items/{id}", "getItem", List.of(Models.pathLong("id", 0)), Models.text()),
                Models.route("GET", "/items/stream", "stream", List.of(), Models.text())), Map.of())).toString();
        String items = source.substring(source.indexOf("private Lookup node1("), source.indexOf("private Lookup node2("));
        assertThat(items.indexOf("case \"stream\"")).isLessThan(items.indexOf("best(result"));
    }
}
