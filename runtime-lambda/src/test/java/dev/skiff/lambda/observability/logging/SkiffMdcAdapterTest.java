package dev.skiff.lambda.observability.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Skiff's MDC behaves as SLF4J's basic one: per thread, copied into child threads, cleared between invocations. */
class SkiffMdcAdapterTest {
    private final SkiffMdcAdapter mdc = new SkiffMdcAdapter();

    @Test
    void valuesArePerThread_andAChildThreadStartsWithACopy() throws Exception {
        mdc.put("tenant", "acme");
        AtomicReference<Map<String, String>> seenByChild = new AtomicReference<>();
        Thread child = new Thread(() -> {
            mdc.put("child", "only here");
            seenByChild.set(mdc.getCopyOfContextMap());
        });
        child.start();
        child.join();

        assertThat(seenByChild.get()).containsOnly(Map.entry("tenant", "acme"), Map.entry("child", "only here"));
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
