package dev.skiff.bench.stream;

import dev.skiff.api.ApiInfo;
import dev.skiff.api.Get;
import dev.skiff.api.Tag;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The stream benchmark's one operation: 100 small records as JSON Lines, produced without pause. */
@ApiInfo(title = "Ticks bench", version = "1.0.0")
@Tag("ticks")
public final class TicksApi {
    /** How many records one response streams. */
    public static final int COUNT = 100;

    /** Streams {@value #COUNT} ticks, one JSON line each. */
    @Get("/ticks")
    public Stream<Tick> ticks() {
        return IntStream.range(0, COUNT).mapToObj(i -> new Tick(i, "tick-" + i, 1_000_003L * i));
    }
}
