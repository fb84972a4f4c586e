package dev.skiff.processor.write.validators;

import dev.skiff.processor.write.FrameworkTypes;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.skiff.support.validation.Messages;
import dev.skiff.processor.model.AttributeValues;
import dev.skiff.processor.model.ConstraintModel;
import dev.skiff.processor.model.CustomConstraint;
import dev.skiff.processor.write.LazyHolder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The constants generated checks share — messages, ctx maps, compiled patterns, decimal
 * bounds, initialised custom validators and the annotation classes they need — so that
 * nothing is computed or compiled per request. Messages are interpolated here, at compile
 * time, with the application's {@code ValidationMessages} as the compilation sees them
 * ({@code read.ApplicationMessages}), and written as string literals; the ctx maps (and the rare
 * message only the run time can interpolate) are static final fields that wait in a
 * {@link LazyHolder} until the first violation.
 * Identical constants are shared; names follow first use, so output is deterministic. The
 * fields go to a generated validator ({@link #collecting}) or to another writer's class
 * through a {@link Sink}.
 */
public final class ConstantPool {
    private static final TypeName CTX = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
            ClassName.OBJECT);

    /** Where constants go: returns how code reads the field, the same for the same key. */
    public interface Sink {
        String add(String key, String preferredName, TypeName type, CodeBlock initializer);

        /** As {@link #add}, for a constant initialised only when first read (see {@link LazyHolder}). */
        String addLazy(String key, String preferredName, TypeName type, CodeBlock initializer);
    }

    /** Where the class implementing a user's constraint annotation comes from. */
    @FunctionalInterface
    public interface AnnotationClasses {
        ClassName classFor(ClassName annotation, List<CustomConstraint.Member> members);
    }

    private final Sink sink;
    private final List<FieldSpec> fields = new ArrayList<>();
    private final LazyHolder lazy = new LazyHolder();
    private int lazyCount;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<ClassName, TypeSpec> nestedClasses = new LinkedHashMap<>();
    private final AnnotationClasses annotationClasses;
    private final Map<String, String> applicationMessages;

    private ConstantPool(Sink sink, AnnotationClasses annotationClasses, Map<String, String> applicationMessages) {
        this.sink = sink;
        this.annotationClasses = annotationClasses;
        this.applicationMessages = applicationMessages;
    }

    /**
     * A pool that keeps its fields and annotation classes (nested), for {@link #addTo}: {@code CTX_0}, {@code PATTERN_1}...
     *
     * @param applicationMessages the application's {@code ValidationMessages} entries (see {@code read.ApplicationMessages})
     */
    public static ConstantPool collecting(Map<String, String> applicationMessages) {
        ConstantPool[] self = new ConstantPool[1];
        self[0] = new ConstantPool(new Sink() {
            @Override
            public String add(String key, String preferredName, TypeName type, CodeBlock initializer) {
                return self[0].collect(key, preferredName, type, initializer, false);
            }

            @Override
            public String addLazy(String key, String preferredName, TypeName type, CodeBlock initializer) {
                return self[0].collect(key, preferredName, type, initializer, true);
            }
        }, (annotation, members) -> self[0].nestedClass(annotation, members), applicationMessages);
        return self[0];
    }

    /** A pool adding to another class's constants (such as an invokers class); annotation classes come from {@code classes}. */
    public static ConstantPool into(Sink sink, AnnotationClasses classes, Map<String, String> applicationMessages) {
        return new ConstantPool(sink, classes, applicationMessages);
    }

    /** The ctx / message-parameter map of a constraint. */
    String ctx(ConstraintModel constraint) {
        CodeBlock.Builder init = CodeBlock.builder();
        if (constraint.attributes().isEmpty()) {
            init.add("$T.of()", Map.class);
        } else {
            init.add("$T.of(", FrameworkTypes.FROZEN_MAP);
            boolean first = true;
            for (Map.Entry<String, Object> attribute : constraint.attributes().entrySet()) {
                init.add(first ? "" : ", ").add("$S, $L", attribute.getKey(), Literals.plain(attribute.getValue()));
                first = false;
            }
            init.add(")");
        }
        // only a violation reads it: held lazily with the messages
        CodeBlock ctx = init.build();
        return sink.addLazy("CTX:" + CTX + ":" + ctx, "CTX", CTX, ctx);
    }

    /**
     * The interpolated message of a constraint: a string literal; or a field interpolated on the
     * first violation when only the run time can: an attribute holds a class (whose text only the
     * run time has), or a key is in no message file the compilation sees.
     */
    CodeBlock message(ConstraintModel constraint) {
        if (textKnownAtCompileTime(constraint.attributes().values())) {
            String message = Messages.interpolateCompletely(constraint.message(), constraint.attributes(), applicationMessages);
            if (message != null) {
                return CodeBlock.of("$S", message);
            }
        }
        String ctx = ctx(constraint);
        CodeBlock init = CodeBlock.of("$T.interpolate($S, $N)", FrameworkTypes.MESSAGES, constraint.message(), ctx);
        TypeName string = ClassName.get(String.class);
        return CodeBlock.of("$N", sink.addLazy("MESSAGE:" + string + ":" + init, "MESSAGE", string, init));
    }

    /** Whether these attribute values print at compile time as the ctx values print at run time (enums by name, lists as lists). */
    private static boolean textKnownAtCompileTime(java.util.Collection<?> values) {
        for (Object value : values) {
            if (value instanceof AttributeValues.ClassLiteral
                    || value instanceof List<?> list && !textKnownAtCompileTime(list)) {
                return false;
            }
        }
        return true;
    }

    /** A compiled pattern. */
    String pattern(String regexp, List<?> flags) {
        CodeBlock.Builder init = CodeBlock.builder().add("$T.compile($S", Pattern.class, regexp);
        if (!flags.isEmpty()) {
            init.add(", ");
            for (int i = 0; i < flags.size(); i++) {
                init.add(i == 0 ? "" : " | ").add("$T.$L", Pattern.class, flags.get(i).toString());
            }
        }
        return add("PATTERN", ClassName.get(Pattern.class), init.add(")").build());
    }

    /**
     * A decimal bound, equal (scale included) to {@code new BigDecimal(value)}: built from its
     * unscaled value and scale when they fit a long, which skips parsing text on a first request.
     */
    String decimal(String value) {
        BigDecimal decimal = new BigDecimal(value);
        CodeBlock init = decimal.unscaledValue().bitLength() < Long.SIZE
                ? CodeBlock.of("$T.valueOf($LL, $L)", BigDecimal.class, decimal.unscaledValue().longValue(), decimal.scale())
                : CodeBlock.of("new $T($S)", BigDecimal.class, value);
        return add("DECIMAL", ClassName.get(BigDecimal.class), init);
    }

    /** A custom constraint's validator, created once and initialised with a synthesised annotation. */
    String validator(ConstraintModel constraint) {
        CustomConstraint custom = constraint.custom();
        ClassName annotationClass = annotationClasses.classFor(constraint.annotation(), custom.members());
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < custom.members().size(); i++) {
            CustomConstraint.Member member = custom.members().get(i);
            arguments.add(i == 0 ? "" : ", ").add(Literals.typed(member.value(), member.type()));
        }
        return add("VALIDATOR", custom.validator(), CodeBlock.of("$T.initialized(new $T(), new $T($L))", FrameworkTypes.VALIDATORS,
                custom.validator(), annotationClass, arguments.build()));
    }

    private ClassName nestedClass(ClassName annotation, List<CustomConstraint.Member> members) {
        ClassName name = ClassName.get("", String.join("_", annotation.simpleNames()) + "Instance");
        nestedClasses.computeIfAbsent(annotation, a -> AnnotationInstanceWriter.write(name, a, members, true));
        return name;
    }

    private String add(String prefix, TypeName type, CodeBlock initializer) {
        return sink.add(prefix + ":" + type + ":" + initializer, prefix, type, initializer);
    }

    private String collect(String key, String prefix, TypeName type, CodeBlock initializer, boolean lazily) {
        String existing = names.get(key);
        if (existing != null) {
            return existing;
        }
        FieldSpec field = FieldSpec.builder(type, prefix + "_" + (fields.size() + lazyCount),
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(initializer).build();
        String name;
        if (lazily) {
            lazyCount++;
            name = lazy.add(field);
        } else {
            fields.add(field);
            name = field.name();
        }
        names.put(key, name);
        return name;
    }

    /** Adds the collected fields and annotation classes to the class that uses them. */
    public void addTo(TypeSpec.Builder type) {
        type.addFields(fields);
        lazy.addTo(type);
        nestedClasses.values().forEach(type::addType);
    }
}
