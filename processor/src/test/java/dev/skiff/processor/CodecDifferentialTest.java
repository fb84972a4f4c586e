package dev.skiff.processor;

import static dev.skiff.processor.JsonDocuments.Kind.BIG_DECIMAL;
import static dev.skiff.processor.JsonDocuments.Kind.BIG_INTEGER;
import static dev.skiff.processor.JsonDocuments.Kind.BOOLEAN;
import static dev.skiff.processor.JsonDocuments.Kind.BYTE;
import static dev.skiff.processor.JsonDocuments.Kind.CHAR;
import static dev.skiff.processor.JsonDocuments.Kind.DATE;
import static dev.skiff.processor.JsonDocuments.Kind.DATE_TIME;
import static dev.skiff.processor.JsonDocuments.Kind.DOUBLE;
import static dev.skiff.processor.JsonDocuments.Kind.ENUM;
import static dev.skiff.processor.JsonDocuments.Kind.FLOAT;
import static dev.skiff.processor.JsonDocuments.Kind.INSTANT;
import static dev.skiff.processor.JsonDocuments.Kind.INT;
import static dev.skiff.processor.JsonDocuments.Kind.LONG;
import static dev.skiff.processor.JsonDocuments.Kind.OFFSET_DATE_TIME;
import static dev.skiff.processor.JsonDocuments.Kind.SHORT;
import static dev.skiff.processor.JsonDocuments.Kind.STRING;
import static dev.skiff.processor.JsonDocuments.Kind.TIME;
import static dev.skiff.processor.JsonDocuments.Kind.UUID_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.Json;
import dev.skiff.core.StatusException;
import dev.skiff.core.ValidationProblem;
import dev.skiff.processor.JsonDocuments.Generator;
import dev.skiff.processor.JsonDocuments.Kind;
import dev.skiff.processor.JsonDocuments.ListOf;
import dev.skiff.processor.JsonDocuments.MapOf;
import dev.skiff.processor.JsonDocuments.Model;
import dev.skiff.processor.JsonDocuments.Node;
import dev.skiff.processor.JsonDocuments.Opt;
import dev.skiff.processor.JsonDocuments.Presence;
import dev.skiff.processor.JsonDocuments.Prop;
import dev.skiff.processor.JsonDocuments.Raw;
import dev.skiff.processor.JsonDocuments.Scalar;
import dev.skiff.processor.JsonDocuments.Shape;
import dev.skiff.processor.JsonDocuments.Slot;
import dev.skiff.processor.JsonDocuments.Str;
import dev.skiff.support.Bodies;
import dev.skiff.support.Problems;
import dev.skiff.support.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The generated codecs of the {@code codecs} fixture (nested records, beans with a superclass,
 * List/Set/Map/Optional, an enum with a renamed constant, java.time, BigDecimal/BigInteger, UUID,
 * primitives and boxes, Jackson's {@code @JsonProperty}/{@code @JsonIgnore}/{@code @JsonAlias}/
 * {@code @JsonInclude}, {@code @Nullable}, {@code @DefaultValue}) compared with databind configured as
 * Skiff configures it ({@link Json#mapper()}) on seeded random documents, each made from a valid
 * document by one {@link Mutation}. A body is read by the codec through {@link Bodies#read}, as a
 * request's is, and by {@code Json.mapper().readerFor(type)}; both must give equal values or both
 * refuse the document, except for these deliberate differences, where Skiff reads as FastAPI
 * (pydantic v2, lax mode, after {@code json.loads}) does and databind does not. Each is asserted
 * exactly for its class of documents:
 * <ol>
 * <li>{@link Mutation#MISSING_REQUIRED}: a property that is not {@code Optional}, {@code @Nullable}
 *     or {@code @DefaultValue} is required: Skiff reports {@code missing} at its {@code loc}; databind
 *     leaves it null (refuses a record's primitive; leaves a bean's unset).
 * <li>{@link Mutation#MISSING_DEFAULTED}: an absent {@code @DefaultValue} property takes its default
 *     in Skiff (the value equals the one read with the default written in); databind ignores the
 *     annotation (and refuses an absent primitive).
 * <li>{@link Mutation#NULL_FOR_REQUIRED}: JSON {@code null} for a property, element or map value that
 *     is neither {@code Optional} nor {@code @Nullable} is refused at its {@code loc}; databind takes
 *     null (and refuses it only for a primitive).
 * <li>{@link Mutation#NUMBER_FOR_STRING}: a number or boolean where a string is expected is
 *     {@code string_type}; databind writes its text into the string.
 * <li>{@link Mutation#FRACTION_FOR_INT}: a number with a fraction for an integer is
 *     {@code int_from_float}; databind truncates it.
 * <li>{@link Mutation#INDEX_FOR_ENUM}: an integer for an enum is {@code enum}; databind takes the
 *     constant at that index.
 * <li>{@link Mutation#BOOLEAN_WORD}: the strings pydantic reads as booleans besides "true"/"false"
 *     ({@code "yes"}, {@code "on"}, {@code "1"}, {@code "t"}...) are read; databind refuses them.
 * <li>{@link Mutation#BOOLEAN_NUMBER}: 0 and 1 for a boolean are read as false and true; 2 is
 *     {@code bool_parsing}; databind reads any integer as a boolean (0 false, anything else true).
 * <li>{@link Mutation#BOOLEAN_FOR_NUMBER}: true/false for an integer or a float are read as 1 and 0
 *     (refused, {@code decimal_type}, for a BigDecimal); databind refuses them.
 * <li>{@link Mutation#DUPLICATE_KEY} of a record's property: the last value wins (as {@code json.loads});
 *     databind sometimes refuses the document ("No fallback setter/field defined for creator property").
 * <li>{@link Mutation#HUGE_NUMBER} {@code 1e400} for a BigInteger is {@code finite_number} (Python reads an
 *     infinite float); databind reads the huge integer.
 * <li>{@link Mutation#TRAILING_DATA}: data after the document is {@code json_invalid}; databind
 *     stops after the first value and ignores the rest.
 * </ol>
 * Unknown properties, escapes and surrogate pairs, duplicate keys (the last wins), numeric
 * strings, {@code "NaN"}/{@code "Infinity"} strings for floats, whole floats for integers, huge
 * numbers, nesting up to jackson-core's limit read the same; wrong JSON types, malformed JSON,
 * the {@code NaN} token and nesting past the limit are refused by both. Every value Skiff reads is
 * then written by its codec and by databind: the bytes must be the same.
 */
class CodecDifferentialTest {
    private static final int DOCUMENTS = 12_000;
    private static final long SEED = 13;
    private static final int MAX_DEPTH = StreamReadConstraints.defaults().getMaxNestingDepth();

    /** How a document differs from a valid one. */
    enum Mutation {
        VALID, UNKNOWN_FIELD, DUPLICATE_KEY, DEEP_AT_LIMIT, MISSING_OPTIONAL, NULL_FOR_NULLABLE, NUMERIC_STRING,
        WHOLE_FLOAT_FOR_INT, HUGE_NUMBER, BOOLEAN_STRING, NAN_STRING,
        WRONG_TYPE, MALFORMED, NAN_TOKEN, DEEP_PAST_LIMIT,
        MISSING_REQUIRED, MISSING_DEFAULTED, NULL_FOR_REQUIRED, NUMBER_FOR_STRING, FRACTION_FOR_INT, INDEX_FOR_ENUM,
        BOOLEAN_WORD, BOOLEAN_NUMBER, BOOLEAN_FOR_NUMBER, TRAILING_DATA
    }

    private static final Shape SHADE = scalar(ENUM);
    private static final Model SCALARS = new Model("Scalars", List.of(
            Prop.required("count", primitive(INT)), Prop.required("total", primitive(LONG)),
            Prop.required("small", primitive(SHORT)), Prop.required("tiny", primitive(BYTE)),
            Prop.required("ratio", primitive(DOUBLE)), Prop.required("weight", primitive(FLOAT)),
            Prop.required("active", primitive(BOOLEAN)), Prop.required("initial", primitive(CHAR)),
            Prop.required("boxedCount", scalar(INT)), Prop.required("boxedTotal", scalar(LONG)),
            Prop.required("boxedRatio", scalar(DOUBLE)), Prop.required("boxedWeight", scalar(FLOAT)),
            Prop.required("boxedActive", scalar(BOOLEAN)), Prop.required("amount", scalar(BIG_DECIMAL)),
            Prop.required("huge", scalar(BIG_INTEGER)), Prop.required("label", scalar(STRING)),
            Prop.required("id", scalar(UUID_TEXT)), Prop.required("shade", SHADE)));
    private static final Model TIMES = new Model("Times", List.of(
            Prop.required("day", scalar(DATE)), Prop.required("at", scalar(DATE_TIME)),
            Prop.required("time", scalar(TIME)), Prop.required("instant", scalar(INSTANT)),
            Prop.required("offset", scalar(OFFSET_DATE_TIME))));
    private static final Model LINE = new Model("Line", List.of(
            Prop.required("sku", scalar(STRING)),
            new Prop("quantity", primitive(INT), Presence.REQUIRED, null, List.of("qty", "amount")),
            Prop.required("price", scalar(BIG_DECIMAL)), Prop.required("shade", new Opt(SHADE))));
    private static final Model CUSTOMER = new Model("Customer", List.of(
            Prop.required("name", scalar(STRING)), Prop.required("since", primitive(LONG)),
            Prop.required("e-mail", scalar(STRING)), Prop.required("vip", primitive(BOOLEAN)),
            Prop.required("phones", new ListOf(scalar(STRING), false)), Prop.required("favourite", new Opt(SHADE)),
            Prop.of("nickname", scalar(STRING), Presence.NULLABLE)));
    private static final Model ORDER = new Model("Order", List.of(
            Prop.required("order_id", scalar(STRING)), Prop.required("customer", CUSTOMER),
            Prop.required("lines", new ListOf(LINE, false)), Prop.required("shades", new ListOf(SHADE, true)),
            Prop.required("counts", new MapOf(scalar(INT))),
            Prop.required("schedule", new MapOf(new ListOf(TIMES, false))),
            Prop.required("note", new Opt(scalar(STRING))), Prop.of("comment", scalar(STRING), Presence.NULLABLE),
            new Prop("priority", primitive(INT), Presence.DEFAULTED, "5", List.of()),
            new Prop("tags", new ListOf(scalar(STRING), false), Presence.DEFAULTED, "[\"new\"]", List.of()),
            Prop.required("ratings", new Opt(new ListOf(new Opt(scalar(INT)), false)))));
    private static final Model DISPLAY = new Model("Display", List.of(
            Prop.required("title", scalar(STRING)), Prop.of("nickname", scalar(STRING), Presence.NULLABLE),
            Prop.of("aliases", new ListOf(scalar(STRING), false), Presence.NULLABLE),
            Prop.required("motto", new Opt(scalar(STRING))), Prop.of("bio", scalar(STRING), Presence.NULLABLE),
            Prop.of("links", new MapOf(scalar(STRING)), Presence.NULLABLE),
            Prop.required("rank", new Opt(scalar(INT))), Prop.required("shown", new Opt(scalar(STRING)))));
    private static final List<Model> FIXTURES = List.of(SCALARS, TIMES, LINE, CUSTOMER, ORDER, DISPLAY);

    /** What one reader made of a document: a value, or why not. */
    record Outcome(boolean accepted, Object value, List<ValidationProblem> problems, String error) {
        @Override
        public String toString() {
            return accepted ? "accepted " + value : "refused " + (error != null ? error : problems);
        }
    }

    /** One generated document and what its mutation changed. */
    record Document(Model model, Mutation mutation, String json, Slot slot, String withDefault) {}

    private final CompiledApi compiled = CompiledApi.compile("codecs");
    private final Map<String, JsonCodec<Object>> codecs = new TreeMap<>();
    private final Map<String, Class<?>> types = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> differences = new TreeMap<>();

    @Test
    void generatedCodecsReadAndWriteAsDatabindExceptForPydanticsDeliberateDifferences() throws Exception {
        for (Model model : FIXTURES) {
            types.put(model.name(), compiled.load("fixtures.codecs." + model.name()));
            codecs.put(model.name(), codec(model.name()));
        }
        Map<Mutation, Integer> counts = new EnumMap<>(Mutation.class);
        Random random = new Random(SEED);
        long started = System.nanoTime();
        int written = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            Mutation wanted = Mutation.values()[i % Mutation.values().length];
            Document document = null;
            // a fixture type without a value the mutation applies to (no boolean, no enum...) is passed over
            while (document == null) {
                document = CodecMutations.make(FIXTURES.get(random.nextInt(FIXTURES.size())), wanted, random, MAX_DEPTH);
            }
            counts.merge(document.mutation(), 1, Integer::sum);
            written += compare(document);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int compared = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("codec differential: " + compared + " documents compared, " + written
                + " values written by both, in " + millis + " ms; by mutation: " + counts);

        differences.forEach((kind, count) -> System.out.println("codec differential: " + count + " x " + kind));
        failures.forEach(failure -> System.out.println("codec differential: " + failure));
        assertThat(failures).as("documents where the generated codecs and databind differ other than deliberately (known: a bean's"
                + " property renamed by @JsonProperty is written where its field is; databind writes it last)").isEmpty();
        assertThat(compared).isGreaterThanOrEqualTo(10_000);
        assertThat(counts.keySet()).as("every class of document was generated").containsExactlyInAnyOrder(Mutation.values());
    }

    /** Reads {@code document} both ways, checks the outcome its mutation calls for; 1 if its value was written by both. */
    private int compare(Document document) throws Exception {
        byte[] bytes = document.json().getBytes(StandardCharsets.UTF_8);
        Outcome skiff = readWithCodec(document.model(), bytes);
        Outcome databind = readWithDatabind(document.model(), bytes);
        String verdict = CodecExpectations.check(document, skiff, databind, this::readWithCodecText);
        if (verdict != null) {
            fail(document, verdict, skiff, databind);
        }
        if (!skiff.accepted() || skiff.value() == null) {
            return 0;
        }
        String ours = new String(dev.skiff.core.JsonValues.toBytes(codecs.get(document.model().name()), skiff.value()), StandardCharsets.UTF_8);
        String theirs = new String(Json.mapper().writeValueAsBytes(skiff.value()), StandardCharsets.UTF_8);
        if (!ours.equals(theirs)) {
            fail(document, "written differently: codec " + ours + " databind " + theirs, skiff, databind);
        }
        return 1;
    }

    private void fail(Document document, String verdict, Outcome skiff, Outcome databind) {
        int colon = verdict.indexOf(':');
        String kind = document.mutation() + " " + document.model().name() + ": " + (colon < 0 ? verdict : verdict.substring(0, colon));
        if (differences.merge(kind, 1, Integer::sum) == 1) {
            failures.add(document.mutation() + " " + document.model().name()
                    + (document.slot() == null ? "" : " at " + document.slot().loc()) + ": " + verdict
                    + "\n  document: " + document.json() + "\n  codec:    " + skiff + "\n  databind: " + databind);
        }
    }

    Outcome readWithCodecText(Model model, String json) {
        return readWithCodec(model, json.getBytes(StandardCharsets.UTF_8));
    }

    private Outcome readWithCodec(Model model, byte[] bytes) {
        HttpRequest request = HttpRequest.builder("POST", "/" + model.name())
                .header("content-type", "application/json").body(bytes).build();
        Problems problems = new Problems();
        try {
            Object value = Bodies.read(request, codecs.get(model.name()), true, problems);
            return problems.any() ? new Outcome(false, null, problems.list(), null) : new Outcome(true, value, List.of(), null);
        } catch (StatusException e) {
            return new Outcome(false, null, List.of(), e.status() + " " + e.getMessage());
        }
    }

    private Outcome readWithDatabind(Model model, byte[] bytes) {
        try {
            return new Outcome(true, Json.mapper().readerFor(types.get(model.name())).readValue(bytes), List.of(), null);
        } catch (java.io.IOException e) {
            return new Outcome(false, null, List.of(), e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    @SuppressWarnings("unchecked")
    private JsonCodec<Object> codec(String type) throws ReflectiveOperationException {
        return (JsonCodec<Object>) compiled.load("fixtures.codecs." + type + "Codec").getField("INSTANCE").get(null);
    }

    static boolean isBeanProperty(Prop prop) {
        return CUSTOMER.props().stream().anyMatch(p -> p == prop);
    }

    private static Scalar scalar(Kind kind) {
        return new Scalar(kind, false);
    }

    private static Scalar primitive(Kind kind) {
        return new Scalar(kind, true);
    }
}
