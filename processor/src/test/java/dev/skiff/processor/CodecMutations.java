package dev.skiff.processor;

import dev.skiff.processor.CodecDifferentialTest.Document;
import dev.skiff.processor.CodecDifferentialTest.Mutation;
import dev.skiff.processor.JsonDocuments.Arr;
import dev.skiff.processor.JsonDocuments.Field;
import dev.skiff.processor.JsonDocuments.Generator;
import dev.skiff.processor.JsonDocuments.Kind;
import dev.skiff.processor.JsonDocuments.ListOf;
import dev.skiff.processor.JsonDocuments.MapOf;
import dev.skiff.processor.JsonDocuments.Model;
import dev.skiff.processor.JsonDocuments.Node;
import dev.skiff.processor.JsonDocuments.Obj;
import dev.skiff.processor.JsonDocuments.Opt;
import dev.skiff.processor.JsonDocuments.Presence;
import dev.skiff.processor.JsonDocuments.Raw;
import dev.skiff.processor.JsonDocuments.Scalar;
import dev.skiff.processor.JsonDocuments.Shape;
import dev.skiff.processor.JsonDocuments.Slot;
import dev.skiff.processor.JsonDocuments.Str;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Makes a valid document of a fixture type, then changes it as one {@link Mutation} says. */
final class CodecMutations {
    private CodecMutations() {}

    /** A document of {@code model} changed by {@code mutation}, or null when the document has no value it applies to. */
    static Document make(Model model, Mutation mutation, Random random, int maxDepth) {
        Generator generator = new Generator(random);
        Obj root = (Obj) generator.value(model, List.of());
        List<Slot> slots = List.copyOf(generator.slots);
        Slot slot = null;
        String suffix = "";
        String withDefault = null;
        switch (mutation) {
            case VALID -> { }
            case UNKNOWN_FIELD -> {
                List<Obj> objects = objects(root, slots);
                Obj target = objects.get(random.nextInt(objects.size()));
                target.fields().add(random.nextInt(target.fields().size() + 1),
                        new Field("unknown" + generator.text(4), JsonDocuments.anyValue(generator, 3)));
            }
            case DUPLICATE_KEY -> {
                slot = pick(slots, random, s -> s.prop() != null);
                List<Field> fields = slot.owner().fields();
                fields.add(fields.indexOf(slot.field()) + 1 + random.nextInt(fields.size() - fields.indexOf(slot.field())),
                        new Field(slot.field().name, generator.value(slot.shape(), slot.loc())));
            }
            case DEEP_AT_LIMIT, DEEP_PAST_LIMIT -> root.fields().add(new Field("deep",
                    JsonDocuments.nested(mutation == Mutation.DEEP_AT_LIMIT ? maxDepth - 1 : maxDepth, random)));
            case MISSING_OPTIONAL -> slot = remove(pick(slots, random, s -> s.prop() != null && s.nullable()));
            case MISSING_REQUIRED -> slot = remove(pick(slots, random,
                    s -> s.prop() != null && !s.nullable() && s.prop().presence() == Presence.REQUIRED));
            case MISSING_DEFAULTED -> {
                slot = pick(slots, random, s -> s.prop() != null && s.prop().presence() == Presence.DEFAULTED);
                if (slot != null) {
                    slot.replace(new Raw(slot.prop().defaultJson()));
                    withDefault = render(root, random);
                    remove(slot);
                }
            }
            case NULL_FOR_NULLABLE -> slot = replace(pick(slots, random, Slot::nullable), new Raw("null"));
            case NULL_FOR_REQUIRED -> slot = replace(pick(slots, random, s -> !s.nullable()), new Raw("null"));
            case NUMERIC_STRING -> slot = replace(scalar(slots, random, Kind::isNumber),
                    s -> new Str(((Raw) s.node()).json()));
            case WHOLE_FLOAT_FOR_INT -> slot = replace(scalar(slots, random, Kind::isInteger),
                    s -> new Raw((random.nextInt(200) - 100) + ".0"));
            case FRACTION_FOR_INT -> slot = replace(scalar(slots, random, Kind::isInteger),
                    s -> new Raw((random.nextInt(200) - 100) + "." + (1 + random.nextInt(9)) + (random.nextBoolean() ? "" : "e0")));
            case HUGE_NUMBER -> slot = replace(scalar(slots, random, Kind::isNumber), s -> new Raw(generator.pick(
                    "123456789012345678901234567890", "-98765432109876543210987654321098765", "1e400", "-1E400", "1e-400",
                    "9223372036854775808", "2147483648", "32768", "-129")));
            case BOOLEAN_STRING -> slot = replace(scalar(slots, random, k -> k == Kind.BOOLEAN),
                    s -> new Str(generator.pick("true", "false")));
            case NAN_STRING -> slot = replace(scalar(slots, random, k -> k == Kind.DOUBLE || k == Kind.FLOAT),
                    s -> new Str(generator.pick("NaN", "Infinity", "-Infinity")));
            case NAN_TOKEN -> slot = replace(scalar(slots, random, k -> k == Kind.DOUBLE || k == Kind.FLOAT),
                    s -> new Raw(generator.pick("NaN", "Infinity", "-Infinity")));
            case WRONG_TYPE -> slot = replace(pick(slots, random, s -> !isNull(s)), s -> wrongType(s.shape(), generator));
            case NUMBER_FOR_STRING -> slot = replace(scalar(slots, random, k -> k == Kind.STRING),
                    s -> new Raw(generator.pick("0", "-12", "3.25", "1e3", "true", "false", "12345678901234567890")));
            case INDEX_FOR_ENUM -> slot = replace(scalar(slots, random, k -> k == Kind.ENUM),
                    s -> new Raw(generator.pick("0", "1", "2")));
            case BOOLEAN_WORD -> slot = replace(scalar(slots, random, k -> k == Kind.BOOLEAN),
                    s -> new Str(generator.pick("yes", "no", "on", "off", "1", "0", "t", "f", "y", "n")));
            case BOOLEAN_NUMBER -> slot = replace(scalar(slots, random, k -> k == Kind.BOOLEAN),
                    s -> new Raw(generator.pick("0", "1", "2", "-1")));
            case BOOLEAN_FOR_NUMBER -> slot = replace(scalar(slots, random, Kind::isNumber),
                    s -> new Raw(generator.pick("true", "false")));
            case MALFORMED -> {
                List<Obj> objects = objects(root, slots);
                objects.get(random.nextInt(objects.size())).fields().add(new Field("broken", new Raw(generator.pick(
                        "tru", "nul", "01", "+1", ".5", "1.", "1e", "-", "'x'", "[1,]", "{\"a\"}", "{\"a\":1,}", "\"\\x\"",
                        "\"tab\there\"", "\"\\ud83d\"x", "[", "{", "\"open", "}"))));
            }
            case TRAILING_DATA -> suffix = generator.pick(" xyz", " {}", "]", "}", " 1", "\"x\"", "\n[]", ",");
        }
        boolean applies = switch (mutation) {
            case VALID, UNKNOWN_FIELD, DEEP_AT_LIMIT, DEEP_PAST_LIMIT, MALFORMED, TRAILING_DATA -> true;
            default -> slot != null;
        };
        return applies ? new Document(model, mutation, render(root, random) + suffix, slot, withDefault) : null;
    }

    private static String render(Node root, Random random) {
        StringBuilder out = new StringBuilder();
        JsonDocuments.render(root, random, out);
        return out.toString();
    }

    /** The root and every object that is a record or bean, where an unknown property can go. */
    private static List<Obj> objects(Obj root, List<Slot> slots) {
        List<Obj> objects = new ArrayList<>(List.of(root));
        for (Slot slot : slots) {
            if (unwrap(slot.shape()) instanceof Model && slot.node() instanceof Obj obj) {
                objects.add(obj);
            }
        }
        return objects;
    }

    private static Slot pick(List<Slot> slots, Random random, Predicate<Slot> fits) {
        List<Slot> fitting = slots.stream().filter(fits).toList();
        return fitting.isEmpty() ? null : fitting.get(random.nextInt(fitting.size()));
    }

    /** A slot holding a non-null scalar of a kind {@code kinds} accepts, Optional or not. */
    private static Slot scalar(List<Slot> slots, Random random, Predicate<Kind> kinds) {
        return pick(slots, random, s -> unwrap(s.shape()) instanceof Scalar scalar && kinds.test(scalar.kind()) && !isNull(s));
    }

    private static boolean isNull(Slot slot) {
        return slot.node() instanceof Raw raw && raw.json().equals("null");
    }

    static Shape unwrap(Shape shape) {
        return shape instanceof Opt opt ? unwrap(opt.value()) : shape;
    }

    private static Slot remove(Slot slot) {
        if (slot != null) {
            slot.owner().fields().remove(slot.field());
        }
        return slot;
    }

    private static Slot replace(Slot slot, Node node) {
        return replace(slot, s -> node);
    }

    private static Slot replace(Slot slot, java.util.function.Function<Slot, Node> node) {
        if (slot != null) {
            slot.replace(node.apply(slot));
        }
        return slot;
    }

    /** A value of a JSON type no reader takes for {@code shape}. */
    private static Node wrongType(Shape shape, Generator generator) {
        Shape declared = unwrap(shape);
        Node object = new Obj(new ArrayList<>(List.of(new Field("a", new Raw("1")))));
        Node array = new Arr(new ArrayList<>(List.of(new Raw("1"))));
        if (declared instanceof ListOf) {
            return generator.pick(object, new Str("abc"), new Raw("5"), new Raw("true"));
        }
        if (declared instanceof MapOf || declared instanceof Model) {
            return generator.pick(array, new Str("abc"), new Raw("5"), new Raw("false"));
        }
        Kind kind = ((Scalar) declared).kind();
        return switch (kind) {
            case STRING -> generator.pick(object, array, new Arr(new ArrayList<>()));
            case CHAR -> generator.pick(object, array, new Str("ab"), new Str(""));
            case BOOLEAN -> generator.pick(object, array, new Str("maybe"));
            case UUID_TEXT -> generator.pick(object, array, new Str("not-a-uuid"), new Str("1234"));
            case DATE, DATE_TIME, TIME, INSTANT, OFFSET_DATE_TIME -> generator.pick(object, array, new Str("yesterday"),
                    new Str("2024-13-45"));
            case ENUM -> generator.pick(object, array, new Str("purple"), new Str("light"));
            default -> generator.pick(object, array, new Str("abc"), new Str("1..2"));
        };
    }
}
