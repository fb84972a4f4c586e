package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.skiff.core.Application;
import dev.skiff.core.Lookup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A thousand routes compile into a router that finds each of them (the benchmark measures speed). */
class ScaleTest {

    @Test
    void thousandRoutesAreEachFoundWithTheirValues() {
        StringBuilder source = new StringBuilder("package big;\nimport dev.skiff.api.*;\npublic class BigApi {\n");
        for (int i = 0; i < 1000; i++) {
            String template = switch (i % 4) {
                case 0 -> "/r" + i;
                case 1 -> "/r" + i + "/{id}";
                case 2 -> "/shared/r" + i + "/{id}/items";
                default -> "/shared/{group}/r" + i;
            };
            String params = switch (i % 4) {
                case 0 -> "";
                case 1, 2 -> "String id";
                default -> "String group";
            };
            source.append("  @Get(\"").append(template).append("\") public String op").append(i).append('(')
                    .append(params).append(") { return \"").append(i).append("\"; }\n");
        }
        source.append("}\n");
        Application app = CompiledApi.of(Fixtures.compile(List.of(JavaFileObjects.forSourceString("big.BigApi",
                source.toString())))).application("big", "big.BigApi");

        assertThat(app.routes()).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            String[] segments = switch (i % 4) {
                case 0 -> new String[] {"r" + i};
                case 1 -> new String[] {"r" + i, "v" + i};
                case 2 -> new String[] {"shared", "r" + i, "v" + i, "items"};
                default -> new String[] {"shared", "g", "r" + i};
            };
            Lookup lookup = app.router().lookup("GET", segments);
            assertThat(lookup).as("route %s", i).isInstanceOf(Lookup.Found.class);
            Lookup.Found found = (Lookup.Found) lookup;
            assertThat(found.route().operationId()).isEqualTo("op" + i);
            if (i % 4 == 1 || i % 4 == 2) {
                assertThat(found.pathValues()).containsExactly("v" + i);
            }
        }
        assertThat(app.router().lookup("GET", new String[] {"r1000"})).isSameAs(Lookup.NotFound.INSTANCE);
        assertThat(app.router().lookup("POST", new String[] {"r4"})).isInstanceOf(Lookup.MethodNotAllowed.class);
    }
}
