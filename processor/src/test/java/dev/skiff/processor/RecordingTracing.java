package dev.skiff.processor;

import dev.skiff.api.Tracing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tracing backend that keeps what it was asked to record: names in the order they ended, and failures. */
final class RecordingTracing implements Tracing.Backend {
    /** One recorded subsegment; {@code failure} is what the work threw, or null. */
    record Subsegment(String name, Throwable failure) {}

    final List<Subsegment> ended = new ArrayList<>();

    @Override
    public <T, E extends Exception> T inSubsegment(String name, Map<String, Object> annotations,
            Tracing.Work<T, E> work) throws E {
        try {
            T result = work.run();
            ended.add(new Subsegment(name, null));
            return result;
        } catch (Exception | Error failure) {
            ended.add(new Subsegment(name, failure));
            throw failure;
        }
    }

    List<String> names() {
        return ended.stream().map(Subsegment::name).toList();
    }
}
