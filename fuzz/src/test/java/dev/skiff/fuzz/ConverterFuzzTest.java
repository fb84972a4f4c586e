package dev.skiff.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.skiff.core.ValidationProblem;
import dev.skiff.support.Bodies;
import dev.skiff.support.Converter;
import dev.skiff.support.Converters;
import dev.skiff.support.Params;
import dev.skiff.support.Problems;
import dev.skiff.support.json.Codecs;
import dev.skiff.support.json.JsonCodec;
import dev.skiff.support.json.Refusal;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The converters of path, query, header and cookie values: any text either converts or is
 * refused with Skiff's {@link Refusal} (a 422 entry in pydantic's terms), never another exception
 * (a NumberFormatException, DateTimeException or StackOverflowError would be a 500); a value it
 * gives, written as its plain text (as a client or a link would send it back), converts to the same
 * value; and a parameter's text converts exactly as the same text in a JSON body string does, as
 * {@link Converters} promises.
 *
 * <p>Input: the converter's name ({@code INT}, {@code LOCAL_DATE}, {@code ENUM}...) on the first
 * line, the text after it. An unknown name picks a converter by its hash, so that mutations of the
 * first line still reach every converter.
 */
class ConverterFuzzTest {
    /** A parameter's enum with JSON names that differ from the constants'. */
    enum Size { SMALL, LARGE }

    private static final List<Object> LOC = List.of("query", "q");
    private static final Map<String, Kind<?>> KINDS = new LinkedHashMap<>();

    /** A converter, the body codec of the same type, and the text a value is sent back as. */
    private record Kind<T>(Converter<T> converter, JsonCodec<T> codec, Function<T, String> text) {}

    private static <T> void kind(String name, Converter<T> converter, JsonCodec<T> codec, Function<T, String> text) {
        KINDS.put(name, new Kind<>(converter, codec, text));
    }

    static {
        kind("STRING", Converters.STRING, Codecs.STRING, s -> s);
        kind("INT", Converters.INT, Codecs.INT, String::valueOf);
        kind("LONG", Converters.LONG, Codecs.LONG, String::valueOf);
        kind("SHORT", Converters.SHORT, Codecs.SHORT, String::valueOf);
        kind("BYTE", Converters.BYTE, Codecs.BYTE, String::valueOf);
        kind("DOUBLE", Converters.DOUBLE, Codecs.DOUBLE, String::valueOf);
        kind("FLOAT", Converters.FLOAT, Codecs.FLOAT, String::valueOf);
        kind("BOOLEAN", Converters.BOOLEAN, Codecs.BOOLEAN, String::valueOf);
        kind("CHAR", Converters.CHAR, Codecs.CHAR, String::valueOf);
        kind("BIG_DECIMAL", Converters.BIG_DECIMAL, Codecs.BIG_DECIMAL, Object::toString);
        kind("BIG_INTEGER", Converters.BIG_INTEGER, Codecs.BIG_INTEGER, Object::toString);
        kind("UUID_VALUE", Converters.UUID_VALUE, Codecs.UUID_VALUE, Object::toString);
        kind("LOCAL_DATE", Converters.LOCAL_DATE, Codecs.LOCAL_DATE, Object::toString);
        kind("LOCAL_DATE_TIME", Converters.LOCAL_DATE_TIME, Codecs.LOCAL_DATE_TIME, Object::toString);
        kind("LOCAL_TIME", Converters.LOCAL_TIME, Codecs.LOCAL_TIME, Object::toString);
        kind("INSTANT", Converters.INSTANT, Codecs.INSTANT, Object::toString);
        kind("OFFSET_DATE_TIME", Converters.OFFSET_DATE_TIME, Codecs.OFFSET_DATE_TIME, Object::toString);
        kind("ENUM", Converters.enumOf(Size.values(), "small", "large"), null, s -> s == Size.SMALL ? "small" : "large");
    }

    @FuzzTest(maxDuration = "2m")
    void convertOrRefuse(byte[] input) {
        FuzzInput in = FuzzInput.of(input);
        String name = in.firstLine();
        Kind<?> kind = KINDS.get(name);
        if (kind == null) {
            kind = KINDS.values().toArray(new Kind<?>[0])[Math.floorMod(name.hashCode(), KINDS.size())];
        }
        check(kind, new String(in.rest(), StandardCharsets.UTF_8));
    }

    private static <T> void check(Kind<T> kind, String text) {
        Problems problems = new Problems();
        // Params is what generated binders call: a refusal becomes a problem, anything else escapes
        T value = Params.required(text, kind.converter(), LOC, problems);
        List<ValidationProblem> list = problems.list();
        if (value == null) {
            assertThat(list).as("a refused %s has one problem", text).hasSize(1);
            ValidationProblem problem = list.get(0);
            assertThat(problem.type()).matches("[a-z_]+");
            assertThat(problem.loc()).isEqualTo(LOC);
            assertThat(problem.msg()).isNotBlank();
            Leaks.assertNone(problem.msg() + " " + problem.ctx(), text, problem.toString());
        } else {
            assertThat(list).isEmpty();
            String again = kind.text().apply(value);
            T back = kind.converter().convert(again);
            assertThat(same(back, value)).as("%s converts to %s, whose text %s converts to %s", text, value, again, back)
                    .isTrue();
        }
        if (kind.codec() != null) {
            Problems bodyProblems = new Problems();
            T fromBody = Bodies.read(Requests.post("application/json", jsonString(text)), kind.codec(), true, bodyProblems);
            assertThat(same(fromBody, value)).as("%s as a parameter is %s, in a JSON body %s", text, value, fromBody).isTrue();
            if (value == null && !bodyProblems.list().isEmpty()) {
                assertThat(bodyProblems.list().get(0).type()).as(text).isEqualTo(list.get(0).type());
            }
        }
    }

    /** Equal values; NaN equals NaN, and 0.0 differs from -0.0, as {@link Double#equals} has it. */
    private static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }

    /** {@code text} as a JSON string literal, every character that needs it escaped. */
    static byte[] jsonString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(json.append('"').toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
