package dev.skiff.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TracingTest {

    @Test
    void withoutABackend_workRunsAndItsResultAndExceptionsPassThrough() throws IOException {
        assertThat(Tracing.isActive()).isFalse();
        assertThat(Tracing.inSubsegment("## load", () -> 42)).isEqualTo(42);
        assertThatThrownBy(() -> Tracing.inSubsegment("## read", () -> {
            throw new IOException("disk");
        })).isInstanceOf(IOException.class).hasMessage("disk");
    }

    @Test
    void installedBackend_seesNamesAndAnnotations_untilClosed() {
        List<String> seen = new ArrayList<>();
        Tracing.Backend backend = new Tracing.Backend() {
            @Override
            public <T, E extends Exception> T inSubsegment(String name, Map<String, Object> annotations,
                                                            Tracing.Work<T, E> work) throws E {
                seen.add(name + annotations);
                return work.run();
            }
        };
        List<String> ran = new ArrayList<>();

        try (Tracing.Installed installed = Tracing.install(backend)) {
            Tracing.inSubsegment("## audit", () -> ran.add("audit"));
            Tracing.inSubsegment("## tagged", Map.of("k", "v"), () -> "x");
        }
        Tracing.inSubsegment("## after", () -> ran.add("after"));
        Tracing.inSubsegment("## void action", () -> ran.remove("nothing"));
        Tracing.inSubsegment("## void method", () -> System.out.flush());

        assertThat(seen).containsExactly("## audit{}", "## tagged{k=v}");
        assertThat(ran).containsExactly("audit", "after");
        assertThat(Tracing.isActive()).isFalse();
    }
}
