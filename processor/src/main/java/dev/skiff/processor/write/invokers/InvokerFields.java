package dev.skiff.processor.write.invokers;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.write.FrameworkTypes;
import dev.skiff.processor.write.LazyHolder;
import dev.skiff.processor.write.codecs.CodecTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The static final constants of one invokers class, each built once and shared: 422 locs,
 * enum converters, defaults, and the JSON codec of each body and result type. Adding the same
 * constant twice returns the first one's name.
 */
public final class InvokerFields {
    private final Map<String, String> byKey = new LinkedHashMap<>();
    private final List<FieldSpec> fields = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final LazyHolder lazy = new LazyHolder();
    private final CodecTypes codecs;

    public InvokerFields(CodecTypes codecs) {
        this.codecs = codecs;
    }

    /** The name of a constant of {@code type} initialised with {@code initializer}, added once per {@code key}. */
    public String add(String key, String preferredName, TypeName type, CodeBlock initializer) {
        return add(key, preferredName, type, initializer, false);
    }

    /** As {@link #add}, for a constant initialised only when first read (see {@link LazyHolder}). */
    public String addLazy(String key, String preferredName, TypeName type, CodeBlock initializer) {
        return add(key, preferredName, type, initializer, true);
    }

    private String add(String key, String preferredName, TypeName type, CodeBlock initializer, boolean lazily) {
        String existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        String name = preferredName;
        for (int n = 2; !names.add(name); n++) {
            name = preferredName + "_" + n;
        }
        FieldSpec field = FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer).build();
        if (lazily) {
            name = lazy.add(field);
        } else {
            fields.add(field);
        }
        byKey.put(key, name);
        return name;
    }

    /** Adds the constants (and the holder of the lazy ones) to the invokers class. */
    void addTo(TypeSpec.Builder type) {
        type.addFields(fields);
        lazy.addTo(type);
    }

    /** {@code List.of("query", "limit")}, where a 422 points; a raw body's is {@code List.of("body")}. */
    public String loc(RouteModel route, ParamModel param) {
        String location = param.source().location();
        if (param.source() == ParamSource.RAW_BODY) {
            return add("loc:" + location, "LOC_BODY",
                    ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(Object.class)),
                    CodeBlock.of("$T.of($S)", List.class, location));
        }
        return add("loc:" + location + ":" + param.wireName(), "LOC_" + constant(location + "_" + param.wireName()),
                ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(Object.class)),
                CodeBlock.of("$T.of($S, $S)", List.class, location, param.wireName()));
    }

    /** The converter of a scalar or enum: a {@code Converters} constant, or a field for an enum. */
    public CodeBlock converter(TypeModel type) {
        if (type instanceof TypeModel.Scalar scalar) {
            return CodeBlock.of("$T.$L", FrameworkTypes.CONVERTERS, scalar.kind().converter());
        }
        TypeModel.EnumRef enumRef = (TypeModel.EnumRef) type;
        String name = add("converter:" + enumRef.qualifiedName(),
                "CONVERT_" + constant(String.join("_", enumRef.javaType().simpleNames())),
                ParameterizedTypeName.get(FrameworkTypes.CONVERTER, enumRef.javaType()),
                codecs.enumConverter(enumRef));
        return CodeBlock.of("$L", name);
    }

    /** The default value converted once, when the class loads (checked convertible at compile time). */
    public String defaultValue(RouteModel route, ParamModel param) {
        TypeModel item = param.valueType() instanceof TypeModel.ArrayOf array ? array.item() : param.valueType();
        return add("default:" + route.invokerName() + ":" + param.name(),
                "DEFAULT_" + constant(route.invokerName() + "_" + param.name()), boxed(item.javaType()),
                CodeBlock.of("$L.convert($S)", converter(item), param.defaultValue()));
    }

    /** The codec of JSON bodies and results of {@code type}; {@code null} (a result known only at run time) writes any value. */
    public String codec(TypeModel type) {
        TypeModel known = type == null ? new TypeModel.AnyValue(ClassName.OBJECT) : type;
        TypeName javaType = boxed(known.javaType());
        return add("codec:" + javaType, "JSON_" + constant(typeWords(javaType)), CodecTypes.codecOf(known),
                codecs.of(known));
    }

    static TypeName boxed(TypeName type) {
        return type.isPrimitive() ? type.box() : type;
    }

    private static String typeWords(TypeName type) {
        if (type instanceof ParameterizedTypeName parameterized) {
            StringBuilder words = new StringBuilder(String.join("_", parameterized.rawType().simpleNames()));
            parameterized.typeArguments().forEach(arg -> words.append('_').append(typeWords(arg)));
            return words.toString();
        }
        if (type instanceof ClassName name) {
            return String.join("_", name.simpleNames());
        }
        return boxed(type).toString().replaceAll("[^A-Za-z0-9]+", "_");
    }

    /** {@code listItems_limit} becomes {@code LIST_ITEMS_LIMIT}. */
    public static String constant(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(text.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
