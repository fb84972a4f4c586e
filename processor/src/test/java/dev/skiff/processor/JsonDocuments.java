package dev.skiff.processor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Random JSON documents for a described type: a tree of nodes built from a {@link Shape}, every
 * value in it reachable as a {@link Slot} (its {@code loc} and shape), so a test can mutate one
 * slot and know where the reader must complain. Strings are written with random escapes,
 * including surrogate pairs; whitespace is random.
 */
final class JsonDocuments {
    private JsonDocuments() {}

    /** The JSON scalars fixture properties are declared as. */
    enum Kind {
        INT, LONG, SHORT, BYTE, DOUBLE, FLOAT, BOOLEAN, CHAR, BIG_DECIMAL, BIG_INTEGER, STRING, UUID_TEXT,
        DATE, DATE_TIME, TIME, INSTANT, OFFSET_DATE_TIME, ENUM;

        boolean isInteger() {
            return this == INT || this == LONG || this == SHORT || this == BYTE || this == BIG_INTEGER;
        }

        boolean isNumber() {
            return isInteger() || this == DOUBLE || this == FLOAT || this == BIG_DECIMAL;
        }
    }

    /** What a property or element is declared as. */
    sealed interface Shape permits Scalar, ListOf, MapOf, Opt, Model {}

    /** A scalar; {@code primitive} when declared as a Java primitive (never null). */
    record Scalar(Kind kind, boolean primitive) implements Shape {}

    /** {@code List<T>}, or a {@code Set<T>} of enum constants ({@code set}: elements distinct). */
    record ListOf(Shape item, boolean set) implements Shape {}

    /** {@code Map<String, V>}. */
    record MapOf(Shape value) implements Shape {}

    /** {@code Optional<T>}: null reads as empty. */
    record Opt(Shape value) implements Shape {}

    /** A record or bean, its properties in declaration order. */
    record Model(String name, List<Prop> props) implements Shape {}

    enum Presence { REQUIRED, OPTIONAL, NULLABLE, DEFAULTED }

    /** A property: its JSON name, other names it is read under, and what its absence means. */
    record Prop(String name, Shape shape, Presence presence, String defaultJson, List<String> aliases) {
        static Prop required(String name, Shape shape) {
            return new Prop(name, shape, Presence.REQUIRED, null, List.of());
        }

        static Prop of(String name, Shape shape, Presence presence) {
            return new Prop(name, shape, presence, null, List.of());
        }
    }

    /** A node of a document; mutable, so a mutation changes one document in place. */
    sealed interface Node permits Raw, Str, Arr, Obj {}

    /** A token written as is: a number, {@code true}, {@code null}, or deliberately broken text. */
    record Raw(String json) implements Node {}

    record Str(String value) implements Node {}

    record Arr(List<Node> items) implements Node {}

    record Obj(List<Field> fields) implements Node {}

    static final class Field {
        String name;
        Node value;

        Field(String name, Node value) {
            this.name = name;
            this.value = value;
        }
    }

    /**
     * One value of a document: where it is ({@code loc} after {@code "body"}), what it is declared as,
     * whether JSON null is a value of it, and how to replace it. {@code prop} and {@code owner} are
     * set for a property of a record or bean.
     */
    record Slot(List<Object> loc, Shape shape, boolean nullable, Prop prop, Obj owner, Field field, Arr array,
            int index) {
        void replace(Node node) {
            if (field != null) {
                field.value = node;
            } else {
                array.items().set(index, node);
            }
        }

        Node node() {
            return field != null ? field.value : array.items().get(index);
        }
    }

    /** Builds one valid document for a shape, recording every slot. */
    static final class Generator {
        final Random random;
        final List<Slot> slots = new ArrayList<>();

        Generator(Random random) {
            this.random = random;
        }

        Node value(Shape shape, List<Object> loc) {
            if (shape instanceof Scalar scalar) {
                return scalar(scalar.kind());
            }
            if (shape instanceof Opt opt) {
                return random.nextInt(4) == 0 ? new Raw("null") : value(opt.value(), loc);
            }
            if (shape instanceof ListOf list) {
                return list(list, loc);
            }
            if (shape instanceof MapOf map) {
                Obj obj = new Obj(new ArrayList<>());
                int size = random.nextInt(4);
                List<String> keys = new ArrayList<>();
                while (keys.size() < size) {
                    String key = text(6);
                    if (!keys.contains(key)) {
                        keys.add(key);
                    }
                }
                for (String key : keys) {
                    List<Object> at = append(loc, key);
                    Field field = new Field(key, value(map.value(), at));
                    obj.fields().add(field);
                    slots.add(new Slot(at, map.value(), map.value() instanceof Opt, null, obj, field, null, -1));
                }
                return obj;
            }
            return model((Model) shape, loc);
        }

        private Node list(ListOf list, List<Object> loc) {
            Arr arr = new Arr(new ArrayList<>());
            List<String> distinct = new ArrayList<>();
            int size = random.nextInt(list.set() ? 3 : 4);
            for (int i = 0; i < size; i++) {
                Node item = value(list.item(), append(loc, i));
                if (list.set()) {
                    String name = ((Str) item).value();
                    if (distinct.contains(name)) {
                        continue;
                    }
                    distinct.add(name);
                }
                arr.items().add(item);
            }
            for (int i = 0; i < arr.items().size(); i++) {
                slots.add(new Slot(append(loc, i), list.item(), list.item() instanceof Opt, null, null, null, arr, i));
            }
            return arr;
        }

        private Node model(Model model, List<Object> loc) {
            Obj obj = new Obj(new ArrayList<>());
            for (Prop prop : model.props()) {
                boolean absentAllowed = prop.presence() == Presence.OPTIONAL || prop.presence() == Presence.NULLABLE;
                if (absentAllowed && random.nextInt(4) == 0) {
                    continue;
                }
                List<Object> at = append(loc, prop.name());
                Node value = prop.presence() == Presence.NULLABLE && random.nextInt(3) == 0 ? new Raw("null")
                        : value(prop.shape(), at);
                String name = prop.aliases().isEmpty() || random.nextBoolean() ? prop.name()
                        : prop.aliases().get(random.nextInt(prop.aliases().size()));
                Field field = new Field(name, value);
                obj.fields().add(field);
                boolean nullable = prop.presence() == Presence.NULLABLE || prop.shape() instanceof Opt;
                slots.add(new Slot(at, prop.shape(), nullable, prop, obj, field, null, -1));
            }
            if (random.nextInt(3) == 0) {
                java.util.Collections.shuffle(obj.fields(), random);
            }
            return obj;
        }

        Node scalar(Kind kind) {
            return switch (kind) {
                case INT -> new Raw(Integer.toString(pick(random.nextInt(1000) - 500, Integer.MIN_VALUE, Integer.MAX_VALUE, random.nextInt())));
                case LONG -> new Raw(Long.toString(random.nextBoolean() ? random.nextLong() : pick(0L, Long.MIN_VALUE, Long.MAX_VALUE, (long) random.nextInt(99))));
                case SHORT -> new Raw(Integer.toString(random.nextInt(1 << 16) + Short.MIN_VALUE));
                case BYTE -> new Raw(Integer.toString(random.nextInt(256) + Byte.MIN_VALUE));
                case DOUBLE -> new Raw(random.nextBoolean() ? Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20))
                        : pick("0", "-0.0", "0.1", "1e-7", "123456789.123456789", "5E3", "1.7976931348623157E308"));
                case FLOAT -> new Raw(random.nextBoolean() ? Float.toString((float) random.nextGaussian() * 1000) : pick("2", "0.1", "3.4028235E38"));
                case BOOLEAN -> new Raw(random.nextBoolean() ? "true" : "false");
                case CHAR -> new Str(String.valueOf(pick('a', '"', '\\', '\u00e9', '\u4e2d', '\n', '\u0000', '/')));
                case BIG_DECIMAL -> new Raw(new BigDecimal(new BigInteger(random.nextInt(90) + 1, random), random.nextInt(20) - 5).toString()
                        .replace("E", pick("E", "e")));
                case BIG_INTEGER -> new Raw((random.nextBoolean() ? "-" : "") + new BigInteger(random.nextInt(200) + 1, random));
                case STRING -> new Str(text(12));
                case UUID_TEXT -> {
                    String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
                    yield new Str(random.nextInt(4) == 0 ? uuid.toUpperCase(java.util.Locale.ROOT) : uuid);
                }
                case DATE -> new Str(date().toString());
                case DATE_TIME -> new Str(date().atTime(time()).toString());
                case TIME -> new Str(time().toString());
                case INSTANT -> new Str(date().atTime(time()).toInstant(ZoneOffset.UTC).toString());
                case OFFSET_DATE_TIME -> new Str(OffsetDateTime.of(date().atTime(time()),
                        ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800)).toString());
                case ENUM -> new Str(pick("LIGHT", "dark-ish", "MEDIUM"));
            };
        }

        private LocalDate date() {
            return LocalDate.of(1900 + random.nextInt(200), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }

        private LocalTime time() {
            LocalTime time = LocalTime.of(random.nextInt(24), random.nextInt(60), random.nextInt(3) == 0 ? 0 : random.nextInt(60));
            return switch (random.nextInt(4)) {
                case 0 -> time.withNano(random.nextInt(1000) * 1_000_000);
                case 1 -> time.withNano(random.nextInt(1_000_000_000));
                default -> time;
            };
        }

        /** A string of up to {@code max} characters: ASCII, quotes, controls, accents, CJK and astral characters. */
        String text(int max) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(max + 1);
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(8)) {
                    case 0 -> text.append(pick('"', '\\', '/', '\b', '\f', '\n', '\r', '\t', '\u0001', '\u001f', '\u007f'));
                    case 1 -> text.append(pick('\u00e9', '\u00df', '\u20ac', '\u4e2d', '\u2028', '\ufeff', '\uffff'));
                    case 2 -> text.appendCodePoint(pick(0x1F600, 0x10000, 0x10FFFF, 0x1D11E));
                    default -> text.append((char) (' ' + random.nextInt(95)));
                }
            }
            return text.toString();
        }

        @SafeVarargs
        final <T> T pick(T... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }

    static List<Object> append(List<Object> loc, Object segment) {
        List<Object> at = new ArrayList<>(loc);
        at.add(segment);
        return at;
    }

    /** Writes a node as JSON: random whitespace, every string character escaped or not at random. */
    static void render(Node node, Random random, StringBuilder out) {
        if (random.nextInt(6) == 0) {
            out.append(random.nextBoolean() ? " " : "\n\t ");
        }
        if (node instanceof Raw raw) {
            out.append(raw.json());
        } else if (node instanceof Str str) {
            string(str.value(), random, out);
        } else if (node instanceof Arr arr) {
            out.append('[');
            for (int i = 0; i < arr.items().size(); i++) {
                out.append(i == 0 ? "" : ",");
                render(arr.items().get(i), random, out);
            }
            out.append(']');
        } else {
            Obj obj = (Obj) node;
            out.append('{');
            for (int i = 0; i < obj.fields().size(); i++) {
                Field field = obj.fields().get(i);
                out.append(i == 0 ? "" : ",");
                string(field.name, random, out);
                out.append(random.nextInt(5) == 0 ? " : " : ":");
                render(field.value, random, out);
            }
            out.append('}');
        }
    }

    static void string(String value, Random random, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean mustEscape = c == '"' || c == '\\' || c < 0x20;
            if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                // a pair is escaped as a pair, or written as one UTF-8 character
                if (random.nextBoolean()) {
                    out.append(String.format("\\u%04x\\u%04X", (int) c, (int) value.charAt(i + 1)));
                } else {
                    out.append(c).append(value.charAt(i + 1));
                }
                i++;
            } else if (mustEscape || random.nextInt(5) == 0) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append(random.nextBoolean() ? "\\n" : "\\u000a");
                    case '\t' -> out.append("\\t");
                    case '/' -> out.append("\\/");
                    default -> out.append(String.format(random.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
                }
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** Arrays and objects nested {@code depth} deep. */
    static Node nested(int depth, Random random) {
        Node node = new Raw("1");
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? new Arr(new ArrayList<>(List.of(node)))
                    : new Obj(new ArrayList<>(List.of(new Field("d", node))));
        }
        return node;
    }

    /** An arbitrary JSON value for an unknown property. */
    static Node anyValue(Generator generator, int depth) {
        Random random = generator.random;
        return switch (depth <= 0 ? random.nextInt(4) : random.nextInt(6)) {
            case 0 -> new Raw(generator.pick("null", "true", "false", "-0", "1e999", "12345678901234567890123"));
            case 1 -> new Str(generator.text(8));
            case 2 -> generator.scalar(generator.pick(Kind.values()));
            case 3 -> new Raw(Double.toString(random.nextDouble()));
            case 4 -> {
                List<Node> items = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    items.add(anyValue(generator, depth - 1));
                }
                yield new Arr(items);
            }
            default -> {
                List<Field> fields = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    fields.add(new Field(generator.text(4), anyValue(generator, depth - 1)));
                }
                yield new Obj(fields);
            }
        };
    }
}
