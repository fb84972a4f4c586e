package dev.skiff.processor.model;

/** What a checked value is, as far as the constraints care: it picks the check and its null guard. */
public enum ValueKind {
    BOOLEAN(true),
    BOOLEAN_BOX(false),
    INTEGRAL(true),
    INTEGRAL_BOX(false),
    DOUBLE(true),
    DOUBLE_BOX(false),
    FLOAT(true),
    FLOAT_BOX(false),
    BIG_DECIMAL(false),
    BIG_INTEGER(false),
    /** A declared {@code java.lang.Number} or another subtype: compared the way Hibernate Validator compares a Number. */
    NUMBER(false),
    CHAR_SEQUENCE(false),
    COLLECTION(false),
    MAP(false),
    ARRAY(false),
    OPTIONAL(false),
    /** A java.time value, {@code Date} or {@code Calendar}. */
    TEMPORAL(false),
    /** Anything else: records, beans, enums, UUIDs. */
    OTHER(false);

    private final boolean primitive;

    ValueKind(boolean primitive) {
        this.primitive = primitive;
    }

    /** A primitive is never null, so its checks need no null guard. */
    public boolean primitive() {
        return primitive;
    }

    public boolean numeric() {
        return switch (this) {
            case INTEGRAL, INTEGRAL_BOX, DOUBLE, DOUBLE_BOX, FLOAT, FLOAT_BOX, BIG_DECIMAL, BIG_INTEGER, NUMBER -> true;
            default -> false;
        };
    }

    public boolean sized() {
        return this == CHAR_SEQUENCE || this == COLLECTION || this == MAP || this == ARRAY;
    }
}
