package dev.skiff.processor.write.codecs;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.write.FrameworkTypes;
import java.util.Optional;

/**
 * The codec of any bound type, as an expression generated code evaluates once into a constant:
 * a scalar's {@code Codecs} constant, a record's, bean's or enum's generated
 * {@code XCodec.INSTANCE}, containers composed by {@code Containers}, and databind's
 * {@code DatabindCodec} for what the processor wrote no codec for.
 */
public final class CodecTypes {
    private final ApiModel api;

    public CodecTypes(ApiModel api) {
        this.api = api;
    }

    /** {@code JsonCodec<T>} for {@code type}'s declared Java type (boxed). */
    public static TypeName codecOf(TypeModel type) {
        return ParameterizedTypeName.get(FrameworkTypes.JSON_CODEC, boxed(type.javaType()));
    }

    /** The expression of {@code type}'s codec, typed as {@link #codecOf}. */
    public CodeBlock of(TypeModel type) {
        CodeBlock natural = natural(type);
        return naturalType(type).equals(boxed(type.javaType())) ? natural
                : CodeBlock.of("$T.as($L)", FrameworkTypes.CONTAINERS, natural);
    }

    /** Whether {@code type} is read and written without databind. */
    public boolean generated(TypeModel type) {
        if (type instanceof TypeModel.Scalar || type instanceof TypeModel.Base64Bytes) {
            return true;
        }
        if (type instanceof TypeModel.EnumRef || type instanceof TypeModel.ObjectRef) {
            return schema(type).map(schema -> schema.fallback() == null).orElse(false);
        }
        if (type instanceof TypeModel.ArrayOf array) {
            return generated(array.item());
        }
        if (type instanceof TypeModel.MapOf map) {
            return (stringKeys(map) || enumKeys(map)) && generated(map.value());
        }
        if (type instanceof TypeModel.OptionalOf optional) {
            return generated(optional.value());
        }
        return type instanceof TypeModel.AnyValue any && any.javaType().equals(ClassName.OBJECT);
    }

    private CodeBlock natural(TypeModel type) {
        if (!generated(type)) {
            return CodeBlock.of("$T.of(() -> $L)", FrameworkTypes.DATABIND_CODEC, JavaTypes.of(type.javaType()));
        }
        if (type instanceof TypeModel.Scalar scalar) {
            return CodeBlock.of("$T.$L", FrameworkTypes.CODECS, scalar.kind().converter());
        }
        if (type instanceof TypeModel.EnumRef || type instanceof TypeModel.ObjectRef) {
            SchemaModel schema = schema(type).orElseThrow();
            if (schema instanceof SchemaModel.ObjectSchema object && object.subclassable() && object.typeArguments().isEmpty()) {
                // as databind, a value of a subclass is written as what it is
                return CodeBlock.of("$T.byRuntimeClass($T.INSTANCE, $T.class)", FrameworkTypes.CONTAINERS,
                        schema.codecName(), schema.javaType());
            }
            return CodeBlock.of("$T.INSTANCE", schema.codecName());
        }
        if (type instanceof TypeModel.ArrayOf array) {
            return CodeBlock.of("$T.$L($L)", FrameworkTypes.CONTAINERS, collection(array), natural(array.item()));
        }
        if (type instanceof TypeModel.MapOf map && map.key() instanceof TypeModel.EnumRef key && enumMap(map)) {
            return CodeBlock.of("$T.enumMap($T.class, $T.values(), $L$L)", FrameworkTypes.CONTAINERS, key.javaType(),
                    key.javaType(), natural(map.value()), enumNames(key));
        }
        if (type instanceof TypeModel.MapOf map && map.key() instanceof TypeModel.EnumRef key) {
            return CodeBlock.of("$T.enumKeyMap($T.values(), $L$L)", FrameworkTypes.CONTAINERS, key.javaType(),
                    natural(map.value()), enumNames(key));
        }
        if (type instanceof TypeModel.MapOf map) {
            return CodeBlock.of("$T.$L($L)", FrameworkTypes.CONTAINERS, sorted(map) ? "sortedMap" : "map",
                    natural(map.value()));
        }
        if (type instanceof TypeModel.Base64Bytes) {
            return CodeBlock.of("$T.BASE64", FrameworkTypes.CODECS);
        }
        if (type instanceof TypeModel.OptionalOf optional) {
            return CodeBlock.of("$T.optional($L)", FrameworkTypes.CONTAINERS, natural(optional.value()));
        }
        return CodeBlock.of("$T.ANY", FrameworkTypes.CODECS);
    }

    /** The type {@link #natural} is a codec of: what the containers read into, which may differ from the declared type. */
    private TypeName naturalType(TypeModel type) {
        if (!generated(type)) {
            return boxed(type.javaType());
        }
        if (type instanceof TypeModel.ArrayOf array) {
            String raw = switch (collection(array)) {
                case "set" -> "java.util.Set";
                case "sortedSet" -> "java.util.SortedSet";
                default -> "java.util.List";
            };
            return ParameterizedTypeName.get(ClassName.bestGuess(raw), naturalType(array.item()));
        }
        if (type instanceof TypeModel.MapOf map) {
            String raw = enumMap(map) ? "java.util.EnumMap" : sorted(map) ? "java.util.SortedMap" : "java.util.Map";
            return ParameterizedTypeName.get(ClassName.bestGuess(raw),
                    enumKeys(map) ? map.key().javaType() : ClassName.get(String.class), naturalType(map.value()));
        }
        if (type instanceof TypeModel.OptionalOf optional) {
            return ParameterizedTypeName.get(ClassName.get(Optional.class), naturalType(optional.value()));
        }
        return boxed(type.javaType());
    }

    private static String collection(TypeModel.ArrayOf array) {
        String raw = array.javaType().rawType().canonicalName();
        return raw.equals("java.util.SortedSet") ? "sortedSet" : array.unique() ? "set" : "list";
    }

    private static boolean sorted(TypeModel.MapOf map) {
        return map.javaType().rawType().canonicalName().equals("java.util.SortedMap");
    }

    /** A plain {@code Map} (not sorted: a TreeMap orders enum keys by ordinal, not by name) of an enum with a codec. */
    private boolean enumKeys(TypeModel.MapOf map) {
        return map.key() instanceof TypeModel.EnumRef && !sorted(map) && generated(map.key());
    }

    /** {@code , "a", "b"}: the names an enum's codec reads, or its {@code @JsonValue}s asked of each constant. */
    private CodeBlock enumNames(TypeModel.EnumRef type) {
        SchemaModel.EnumSchema schema = (SchemaModel.EnumSchema) schema(type).orElseThrow();
        if (schema.valueMethod() != null) {
            return CodeBlock.of(", $T.jsonValues($T.values(), $T::$L)", FrameworkTypes.CONTAINERS, type.javaType(),
                    type.javaType(), schema.valueMethod());
        }
        CodeBlock.Builder names = CodeBlock.builder();
        type.constants().forEach(name -> names.add(", $S", name));
        return names.build();
    }

    private static boolean enumMap(TypeModel.MapOf map) {
        return map.javaType().rawType().canonicalName().equals("java.util.EnumMap");
    }

    private static boolean stringKeys(TypeModel.MapOf map) {
        return map.javaType().typeArguments().get(0).equals(ClassName.get(String.class));
    }

    private Optional<SchemaModel> schema(TypeModel type) {
        String name = type instanceof TypeModel.EnumRef enumRef ? enumRef.qualifiedName()
                : ((TypeModel.ObjectRef) type).qualifiedName();
        return api.schema(name);
    }

    /**
     * The converter of an enum's text (a parameter, a default): by the names its codec reads, so
     * that a query parameter accepts what the schema lists.
     */
    public CodeBlock enumConverter(TypeModel.EnumRef type) {
        SchemaModel.EnumSchema schema = (SchemaModel.EnumSchema) schema(type).orElse(null);
        if (schema != null && schema.valueMethod() != null) {
            return CodeBlock.of("$T.enumOf($T.values(), $T::$L)", FrameworkTypes.CONVERTERS, type.javaType(),
                    type.javaType(), schema.valueMethod());
        }
        CodeBlock.Builder names = CodeBlock.builder();
        type.constants().forEach(name -> names.add(", $S", name));
        return CodeBlock.of("$T.enumOf($T.values()$L)", FrameworkTypes.CONVERTERS, type.javaType(), names.build());
    }

    static TypeName boxed(TypeName type) {
        return type.isPrimitive() ? type.box() : type;
    }
}
