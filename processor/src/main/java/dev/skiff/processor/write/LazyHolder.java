package dev.skiff.processor.write;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Constants a generated class initialises only when one is first read, held in a nested
 * {@code OnFirstViolation} class: what only a violation reads, the constraints' {@code ctx}
 * maps and the rare message that must be interpolated at run time (which looks up the
 * application's {@code ValidationMessages}, milliseconds in a fresh JVM). A valid request
 * never initialises it.
 */
public final class LazyHolder {
    private static final String NAME = "OnFirstViolation";
    private final List<FieldSpec> fields = new ArrayList<>();

    /** Holds {@code field}; returns how generated code reads it ({@code OnFirstViolation.CTX_1}). */
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
                .addJavadoc("What only a violation reads (ctx maps, run-time messages), built on the first violation\n"
                        + "rather than when this class loads, which a valid request need not pay for.\n")
                .addFields(fields)
                .build());
    }
}
