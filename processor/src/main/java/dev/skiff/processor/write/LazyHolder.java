package dev.skiff.processor.write;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Constants a generated class initialises only when one is first read, held in a nested
 * {@code LazyMessages} class: what only a violation reads, the interpolated validation
 * messages (which need the application's {@code ValidationMessages} looked up, milliseconds in
 * a fresh JVM) and the constraints' {@code ctx} maps.
 */
public final class LazyHolder {
    private static final String NAME = "LazyMessages";
    private final List<FieldSpec> fields = new ArrayList<>();

    /** Holds {@code field}; returns how generated code reads it ({@code LazyMessages.MESSAGE_1}). */
    public String add(FieldSpec field) {
        fields.add(field);
        return NAME + "." + field.name();
    }

    /** Adds the holder class to {@code type}, if it holds anything. */
    public void addTo(TypeSpec.Builder type) {
        if (fields.isEmpty()) {
            return;
        }
        type.addType(TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The messages and ctx maps of violations, built on the first violation rather than when\n"
                        + "this class loads: looking up the application's ValidationMessages costs milliseconds that a\n"
                        + "valid request need not pay.\n")
                .addFields(fields)
                .build());
    }
}
