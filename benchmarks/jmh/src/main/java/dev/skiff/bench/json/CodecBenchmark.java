package dev.skiff.bench.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.Json;
import dev.skiff.core.JsonValues;
import dev.skiff.samples.items.Item;
import dev.skiff.samples.items.ItemCodec;
import dev.skiff.samples.items.NewItem;
import dev.skiff.samples.items.NewItemCodec;
import dev.skiff.support.Bodies;
import dev.skiff.support.Problems;
import dev.skiff.support.json.JsonInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sample's body read and its result written by the processor's generated codecs (jackson-core
 * only) against databind configured as Skiff configures it ({@link Json}): {@code NewItem} read from
 * a valid body, {@code Item} written. {@code codecRead} is the request path ({@link Bodies#read}:
 * content-type check, parse, no data after the document); {@code codecReadInput} is the codec alone on
 * a parser, as databind's {@code readValue} is.
 *
 * <pre>{@code
 * benchmarks/scripts/jmh.sh CodecBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBenchmark {
    /** A valid {@code NewItem}, every property present. */
    static final byte[] BODY = ("{\"name\":\"Desk lamp\",\"price\":19.90,\"tags\":[\"home\",\"light\"],"
            + "\"dimensions\":{\"width\":20,\"height\":10,\"depth\":3},\"contactEmail\":\"a@b.co\"}")
            .getBytes(StandardCharsets.UTF_8);
    private static final List<Object> ROOT = List.of("body");

    private HttpRequest request;
    private ObjectReader reader;
    private ObjectWriter writer;
    private Item item;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        request = HttpRequest.builder("POST", "/items").header("Content-Type", "application/json").body(BODY).build();
        reader = Json.readerFor(NewItem.class);
        writer = Json.writerFor(Item.class);
        NewItem generated = codecRead();
        if (generated == null || !generated.equals(databindRead()) || !generated.equals(codecReadInput())) {
            throw new IllegalStateException("the codec and databind read different values: " + generated);
        }
        item = Item.of(42, generated);
        if (!Arrays.equals(codecWrite(), databindWrite()) || !Arrays.equals(codecWriteReleased(), databindWrite())) {
            throw new IllegalStateException("the codec and databind write different bytes: "
                    + new String(codecWrite(), StandardCharsets.UTF_8) + " / " + new String(databindWrite(), StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    public NewItem codecRead() {
        Problems problems = new Problems();
        NewItem value = Bodies.read(request, NewItemCodec.INSTANCE, true, problems);
        if (problems.any()) {
            throw new IllegalStateException(problems.list().toString());
        }
        return value;
    }

    @Benchmark
    public NewItem codecReadInput() throws IOException {
        try (JsonParser parser = JsonValues.factory().createParser(BODY)) {
            parser.nextToken();
            return NewItemCodec.INSTANCE.read(new JsonInput(parser, BODY, ROOT));
        }
    }

    @Benchmark
    public NewItem databindRead() throws IOException {
        return reader.readValue(BODY);
    }

    @Benchmark
    public byte[] codecWrite() throws IOException {
        return dev.skiff.core.JsonValues.toBytes(ItemCodec.INSTANCE, item);
    }

    /**
     * {@code codecWrite} with its first output block handed back to Jackson's buffer recycler after use,
     * as databind's {@code writeValueAsBytes} does: {@code ByteArrayBuilder.close()} is a no-op, so
     * without {@code release()} every call allocates a fresh 2,000-byte block.
     */
    @Benchmark
    public byte[] codecWriteReleased() throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder(JsonValues.factory()._getBufferRecycler(), 512);
        try (JsonGenerator out = JsonValues.factory().createGenerator(bytes)) {
            ItemCodec.INSTANCE.write(out, item);
        }
        byte[] result = bytes.toByteArray();
        bytes.release();
        return result;
    }

    @Benchmark
    public byte[] databindWrite() throws IOException {
        return writer.writeValueAsBytes(item);
    }
}
