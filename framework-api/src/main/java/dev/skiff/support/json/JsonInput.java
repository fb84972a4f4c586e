package dev.skiff.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.skiff.core.JsonValues;
import dev.skiff.core.ValidationProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One JSON body being read by generated codecs: the parser, where in the body it is (the
 * {@code loc} of a problem found there) and the problems found so far, in document order.
 *
 * <p>A generated record codec reads like this (simplified):
 * <pre>{@code
 * if (!in.startObject()) return null;            // not an object: problem recorded, value skipped
 * long start = in.objectStart();
 * int problems = in.problemCount();
 * String name = null; boolean hasName = false;
 * for (String field = in.nextField(); field != null; field = in.nextField()) {
 *     switch (field) {
 *         case "name": hasName = true; name = in.field("name", Codecs.STRING); break;
 *         default: in.skipValue();
 *     }
 * }
 * if (!hasName) in.missing(start, "name");
 * return in.problemCount() > problems ? null : new NewItem(name);
 * }</pre>
 */
public final class JsonInput {
    // swapped while a buffered object (a tagged union's) is read again: see replay
    private JsonParser parser;
    private byte[] source;
    private final List<Object> root;
    private List<ValidationProblem> problems;
    private Object[] path = new Object[8];
    private int depth;

    /** Reads from {@code parser}, which parses {@code source}; problems' {@code loc} start with {@code root}. */
    public JsonInput(JsonParser parser, byte[] source, List<Object> root) {
        this.parser = parser;
        this.source = source;
        this.root = root;
    }

    /** The parser, on the current value's token. */
    public JsonParser parser() {
        return parser;
    }

    /** The current token. */
    public JsonToken token() {
        return parser.currentToken();
    }

    /** How many problems were recorded so far: a codec compares it before and after reading its parts. */
    public int problemCount() {
        return problems == null ? 0 : problems.size();
    }

    /** The problems recorded, in document order. */
    public List<ValidationProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    /**
     * Whether the current value is an object; if not, records pydantic's
     * {@code model_attributes_type} for it and moves past it.
     */
    public boolean startObject() throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        refuse(new Refusal("model_attributes_type", "Input should be a valid dictionary or object to extract fields from"));
        return false;
    }

    /** Where the current object starts in the body, to show it as the input of a {@code missing} problem. */
    public long objectStart() {
        return parser.currentTokenLocation().getByteOffset();
    }

    /** The next property's name, with the parser on its value, or null at the end of the object. */
    public String nextField() throws IOException {
        String name = parser.nextFieldName();
        if (name != null) {
            parser.nextToken();
        }
        return name;
    }

    /** Moves past the current value (an unknown property's). */
    public void skipValue() throws IOException {
        parser.skipChildren();
    }

    /**
     * The current object (the parser on its {@code START_OBJECT}) as the exact JSON text it has
     * in the body, the parser left on its {@code END_OBJECT}: a tagged union reads its tag,
     * which may come last, before it knows which codec reads the object.
     */
    public byte[] objectBytes() throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        if (start >= 0 && start < source.length) {
            parser.skipChildren();
            long end = parser.currentTokenLocation().getByteOffset() + 1;
            if (end > start && end <= source.length) {
                return Arrays.copyOfRange(source, (int) start, (int) end);
            }
            throw new IllegalStateException("no byte offsets after an object that had them");
        }
        // a body decoded through a Reader (UTF-16, UTF-32) has no byte offsets: copy its tokens
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = JsonValues.factory().createGenerator(bytes)) {
            out.copyCurrentStructureExact(parser);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads {@code json} (from {@link #objectBytes}) with {@code codec} as if it were the current
     * value, problems found in it located under {@code segment} (pydantic puts a tagged union's
     * tag in the {@code loc}); the parser is back on the object's {@code END_OBJECT} after.
     */
    public <T> T replay(byte[] json, Object segment, JsonCodec<T> codec) throws IOException {
        JsonParser outer = parser;
        byte[] outerSource = source;
        try (JsonParser again = JsonValues.factory().createParser(json)) {
            again.nextToken();
            parser = again;
            source = json;
            return within(segment, codec);
        } finally {
            parser = outer;
            source = outerSource;
        }
    }

    private <T> T within(Object segment, JsonCodec<T> codec) throws IOException {
        enter(segment);
        try {
            return codec.read(this);
        } finally {
            depth--;
        }
    }

    /** The value of property {@code name} read by {@code codec}, problems found in it located under {@code name}. */
    public <T> T field(String name, JsonCodec<T> codec) throws IOException {
        enter(name);
        try {
            return codec.read(this);
        } finally {
            depth--;
        }
    }

    /**
     * As {@link #field(String, JsonCodec)}, for a property that may be {@code repeated} in the
     * object: then the problems of its earlier occurrence, recorded since {@code mark}, are
     * dropped, since as in Python's {@code json.loads} the last occurrence counts.
     */
    public <T> T field(String name, JsonCodec<T> codec, boolean repeated, int mark) throws IOException {
        if (repeated) {
            forget(mark, name);
        }
        return field(name, codec);
    }

    /** The element at {@code index} read by {@code codec}, problems found in it located under the index. */
    public <T> T element(int index, JsonCodec<T> codec) throws IOException {
        enter(index);
        try {
            return codec.read(this);
        } finally {
            depth--;
        }
    }

    /**
     * Whether the current value is JSON {@code null}: a codec of a type that allows null
     * ({@code Optional}, {@code @Nullable}) takes it as absent.
     */
    public boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    /** Records pydantic's {@code missing} for property {@code name} of the object starting at {@code objectStart}. */
    public void missing(long objectStart, String name) throws IOException {
        enter(name);
        try {
            add(new ValidationProblem("missing", loc(), "Field required", objectAt(objectStart), Map.of()));
        } finally {
            depth--;
        }
    }

    /**
     * Records pydantic's {@code value_error} for the object starting at {@code objectStart}, whose
     * constructor or setter refused the values read ({@code "Value error, " + its message}).
     */
    public void valueError(long objectStart, RuntimeException refused) throws IOException {
        String reason = refused instanceof IllegalArgumentException && refused.getMessage() != null
                ? refused.getMessage() : "invalid value";
        add(new ValidationProblem("value_error", loc(), "Value error, " + reason, objectAt(objectStart), Map.of()));
    }

    /** Records {@code refusal} for the current value, which becomes its input, and moves past the value. */
    public void refuse(Refusal refusal) throws IOException {
        Object input = JsonValues.read(parser);
        add(new ValidationProblem(refusal.type(), loc(), refusal.getMessage(), input, refusal.ctx()));
    }

    /**
     * Records {@code refusal} of the key {@code key} of the current object, located as pydantic
     * locates it: under the key, then {@code [key]}; the key is its input.
     */
    public void refuseKey(String key, Refusal refusal) {
        enter(key);
        enter("[key]");
        try {
            add(new ValidationProblem(refusal.type(), loc(), refusal.getMessage(), key, refusal.ctx()));
        } finally {
            depth -= 2;
        }
    }

    /** Records a problem at the current location whose input is already known. */
    public void problem(String type, String message, Object input, Map<String, Object> ctx) {
        add(new ValidationProblem(type, loc(), message, input, ctx));
    }

    /**
     * Drops the problems recorded since {@code mark} under property {@code name} of the current
     * object: the property appears again, and as in Python's {@code json.loads} the last
     * occurrence is the one that counts.
     */
    private void forget(int mark, String name) {
        if (problems == null || problems.size() <= mark) {
            return;
        }
        int at = root.size() + depth;
        List<ValidationProblem> since = problems.subList(mark, problems.size());
        since.removeIf(problem -> problem.loc().size() > at && name.equals(problem.loc().get(at)));
    }

    /**
     * Puts the problems recorded since {@code mark} in {@code order}, the declaration order of the
     * current object's properties (stable within one property): pydantic validates a model
     * property by property, whatever order the document has them in.
     */
    public void orderProblems(int mark, String[] order) {
        if (problems == null || problems.size() - mark < 2) {
            return;
        }
        int at = root.size() + depth;
        List<String> names = Arrays.asList(order);
        List<ValidationProblem> since = new ArrayList<>(problems.subList(mark, problems.size()));
        since.sort(java.util.Comparator.comparingInt(problem -> {
            int index = problem.loc().size() > at ? names.indexOf(String.valueOf(problem.loc().get(at))) : -1;
            return index < 0 ? order.length : index;
        }));
        for (int i = 0; i < since.size(); i++) {
            problems.set(mark + i, since.get(i));
        }
    }

    private void add(ValidationProblem problem) {
        if (problems == null) {
            problems = new ArrayList<>(4);
        }
        problems.add(problem);
    }

    private void enter(Object segment) {
        if (depth == path.length) {
            path = Arrays.copyOf(path, depth * 2);
        }
        path[depth++] = segment;
    }

    private List<Object> loc() {
        Object[] loc = root.toArray(new Object[root.size() + depth]);
        System.arraycopy(path, 0, loc, root.size(), depth);
        return List.of(loc);
    }

    /** The object at {@code offset} as plain values, read again from the body: only for a problem's input. */
    private Object objectAt(long offset) throws IOException {
        if (offset < 0 || offset >= source.length) {
            return null; // a body jackson-core decoded through a Reader (UTF-16, UTF-32) has no byte offsets
        }
        try (JsonParser again = JsonValues.factory().createParser(source, (int) offset, source.length - (int) offset)) {
            return JsonValues.read(again);
        }
    }
}
