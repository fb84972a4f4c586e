package dev.skiff.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.HttpRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Outside Lambda the Web Adapter's observer is inactive, so the local server may answer
 * {@code @NonBlocking} operations on its IO thread.
 */
class WebAdapterObserverActiveTest {
    @Test
    void outsideLambda_itIsInactive_andObservesNothing() {
        WebAdapterObserver observer = new WebAdapterObserver(Map.<String, String>of()::get,
                new PrintStream(new ByteArrayOutputStream()));

        assertThat(observer.active()).isFalse();
        assertThat(observer.begin(HttpRequest.builder("GET", "/").header(WebAdapterObserver.CONTEXT_HEADER, "{}")
                .build(), "id")).isNull();
    }
}
