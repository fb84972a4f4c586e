package dev.skiff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every scalar Skiff converts from text: its boxed Java type, the {@code Converters} constant
 * that converts it, and its JSON Schema type and format.
 */
public enum ScalarKind {
    STRING("java.lang.String", "STRING", "string", null),
    INT("java.lang.Integer", "INT", "integer", "int32"),
    LONG("java.lang.Long", "LONG", "integer", "int64"),
    SHORT("java.lang.Short", "SHORT", "integer", "int32"),
    BYTE("java.lang.Byte", "BYTE", "integer", "int32"),
    DOUBLE("java.lang.Double", "DOUBLE", "number", "double"),
    FLOAT("java.lang.Float", "FLOAT", "number", "float"),
    BOOLEAN("java.lang.Boolean", "BOOLEAN", "boolean", null),
    CHAR("java.lang.Character", "CHAR", "string", null),
    BIG_DECIMAL("java.math.BigDecimal", "BIG_DECIMAL", "number", null),
    BIG_INTEGER("java.math.BigInteger", "BIG_INTEGER", "integer", null),
    UUID("java.util.UUID", "UUID_VALUE", "string", "uuid"),
    LOCAL_DATE("java.time.LocalDate", "LOCAL_DATE", "string", "date"),
    LOCAL_DATE_TIME("java.time.LocalDateTime", "LOCAL_DATE_TIME", "string", "date-time"),
    LOCAL_TIME("java.time.LocalTime", "LOCAL_TIME", "string", "time"),
    INSTANT("java.time.Instant", "INSTANT", "string", "date-time"),
    OFFSET_DATE_TIME("java.time.OffsetDateTime", "OFFSET_DATE_TIME", "string", "date-time");

    private final String boxedName;
    private final String converter;
    private final String jsonType;
    private final String format;

    ScalarKind(String boxedName, String converter, String jsonType, String format) {
        this.boxedName = boxedName;
        this.converter = converter;
        this.jsonType = jsonType;
        this.format = format;
    }

    /** The kind whose boxed type has this qualified name. */
    public static Optional<ScalarKind> ofBoxed(String qualifiedName) {
        return Arrays.stream(values()).filter(k -> k.boxedName.equals(qualifiedName)).findFirst();
    }

    public ClassName boxed() {
        return ClassName.bestGuess(boxedName);
    }

    /** The name of the {@code dev.skiff.support.Converters} constant. */
    public String converter() {
        return converter;
    }

    public String jsonType() {
        return jsonType;
    }

    /** The JSON Schema format, or null. */
    public String format() {
        return format;
    }
}
