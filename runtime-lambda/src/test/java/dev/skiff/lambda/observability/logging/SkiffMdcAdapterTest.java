package dev.skiff.lambda.observability.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Skiff's MDC: per thread, not inherited by threads an invocation starts, cleared between invocations. */
class SkiffMdcAdapterTest {
    private final SkiffMdcAdapter mdc = new SkiffMdcAdapter();

    @Test
    void valuesArePerThread_andAThreadStartedMeanwhileDoesNotInheritThem() throws Exception {
        mdc.put("tenant", "acme");
        AtomicReference<Map<String, String>> seenByChild = new AtomicReference<>();
        Thread child = new Thread(() -> {
            mdc.put("child", "only here");
            seenByChild.set(mdc.getCopyOfContextMap());
        });
        child.start();
        child.join();

        // A pool thread started during one invocation would otherwise keep its ids for every later one.
        assertThat(seenByChild.get()).containsOnly(Map.entry("child", "only here"));
        assertThat(mdc.getCopyOfContextMap()).containsOnly(Map.entry("tenant", "acme"));
    }

    @Test
    void clear_emptiesTheMapTheFormatterReads_andCopiesAreDetached() {
        mdc.put("a", "1");
        Map<String, String> copy = mdc.getCopyOfContextMap();
        mdc.clear();

        assertThat(mdc.current()).isEmpty();
        assertThat(mdc.get("a")).isNull();
        assertThat(copy).containsOnly(Map.entry("a", "1"));
        mdc.setContextMap(Map.of("b", "2"));
        assertThat(mdc.current()).containsOnly(Map.entry("b", "2"));
        mdc.pushByKey("stack", "x");
        assertThat(mdc.popByKey("stack")).isEqualTo("x");
    }
}
