package dev.skiff.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Element;

/** A named JSON schema: a record or bean's properties, or an enum's constants. */
public sealed interface SchemaModel {
    /** The component name in {@code #/components/schemas/}. */
    String name();

    /** The class's binary name, as native-image metadata names it. */
    String binaryName();

    /** The class's Javadoc, or empty. */
    String description();

    /** The class, or null in hand-built models. */
    ClassName javaType();

    /**
     * Why databind reads and writes this type rather than a generated codec (a note names it at
     * compile time), or null when the processor writes its codec.
     */
    String fallback();

    /** The class's element, for diagnostics and as the codec's origin; null in hand-built models. */
    Element element();

    /** The generated codec's class: {@code ItemCodec} beside {@code Item}, {@code Outer_InnerCodec} for a nested type. */
    default ClassName codecName() {
        return ClassName.get(javaType().packageName(), String.join("_", javaType().simpleNames()) + "Codec");
    }

    /** The type the codec reads and writes: the class, or an instantiation of a generic one ({@code Page<Item>}). */
    default TypeName valueType() {
        return javaType();
    }

    /**
     * A type's name as pydantic names a generic model, {@code Page[Item]}, {@code Page[List[Item]]}:
     * simple names (as a class's {@code __name__}), type arguments in brackets.
     */
    static String displayName(TypeName type) {
        if (type instanceof ParameterizedTypeName parameterized) {
            return parameterized.rawType().simpleName() + arguments(parameterized);
        }
        if (type instanceof ClassName className) {
            return className.simpleName();
        }
        if (type instanceof com.palantir.javapoet.ArrayTypeName array) {
            return displayName(array.componentType()) + "[]";
        }
        return type.withoutAnnotations().toString();
    }

    /** {@code [Item]}, {@code [String, List[Item]]}: the type arguments as {@link #displayName} writes them. */
    static String arguments(ParameterizedTypeName type) {
        return type.typeArguments().stream().map(SchemaModel::displayName)
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    /**
     * {@code name} as a component name: every character but letters, digits, {@code .}, {@code -}
     * and {@code _} replaced by {@code _}, pydantic's rule ({@code GenerateJsonSchema.normalize_name})
     * that FastAPI's names come from, so {@code Page[Item]} is {@code Page_Item_}.
     */
    static String normalized(String name) {
        return name.replaceAll("[^a-zA-Z0-9.\\-_]", "_");
    }

    /**
     * A record or bean, properties in declaration order. {@code superclasses} are a bean's
     * superclasses below {@code Object} by binary name: Jackson reads their declared members too.
     * {@code subclassable}: a bean that is not final, whose values may be of a subclass.
     * {@code typeArguments}: those of one instantiation of a generic record or bean (its
     * properties' types are as they are in it), empty for a class that is not generic.
     * {@code tag}: its name in the polymorphic type it is a subtype of, or null; computed once by
     * the reader, so the codec and the document agree.
     */
    record ObjectSchema(String name, String binaryName, String description, boolean isRecord,
            List<PropertyModel> properties, List<String> superclasses, ClassName javaType, String fallback,
            Element element, boolean subclassable, List<TypeName> typeArguments, Tag tag) implements SchemaModel {
        public ObjectSchema {
            properties = List.copyOf(properties);
            superclasses = List.copyOf(superclasses);
            typeArguments = List.copyOf(typeArguments);
        }

        public ObjectSchema(String name, String binaryName, String description, boolean isRecord,
                List<PropertyModel> properties, List<String> superclasses, ClassName javaType, String fallback,
                Element element, boolean subclassable, List<TypeName> typeArguments) {
            this(name, binaryName, description, isRecord, properties, superclasses, javaType, fallback, element,
                    subclassable, typeArguments, null);
        }

        public ObjectSchema(String name, String binaryName, String description, boolean isRecord,
                List<PropertyModel> properties) {
            this(name, binaryName, description, isRecord, properties, List.of(), null, null, null, false, List.of());
        }

        /** A copy with these properties. */
        public ObjectSchema withProperties(List<PropertyModel> properties) {
            return new ObjectSchema(name, binaryName, description, isRecord, properties, superclasses, javaType, fallback,
                    element, subclassable, typeArguments, tag);
        }

        /** A copy with this tag. */
        public ObjectSchema withTag(Tag tag) {
            return new ObjectSchema(name, binaryName, description, isRecord, properties, superclasses, javaType, fallback,
                    element, subclassable, typeArguments, tag);
        }

        /**
         * A subtype's name in its polymorphic type: property {@code property} holds {@code value}
         * (what is written) or one of {@code aliases} (also read, {@code @JsonSubTypes.Type(names)}).
         * {@code existingProperty}: the subtype's own property of that name is the tag.
         */
        public record Tag(String property, String value, List<String> aliases, boolean existingProperty) {
            public Tag {
                aliases = List.copyOf(aliases);
            }
        }

        @Override
        public TypeName valueType() {
            return typeArguments.isEmpty() ? javaType
                    : ParameterizedTypeName.get(javaType, typeArguments.toArray(TypeName[]::new));
        }

        /**
         * {@code Page_Item_Codec} for {@code Page<Item>}: one codec for each instantiation, named
         * after its component name, which is unique in the API even where two instantiations'
         * arguments share a simple name ({@code Page<a.Item>} and {@code Page<b.Item>}).
         */
        @Override
        public ClassName codecName() {
            return typeArguments.isEmpty() ? SchemaModel.super.codecName()
                    : ClassName.get(javaType.packageName(), name.replaceAll("[^A-Za-z0-9_]", "_") + "Codec");
        }
    }

    /**
     * An enum, constants in declaration order; {@code jsonNames} are what each is read and written
     * as (its name, or its {@code @JsonProperty}), unless {@code valueMethod} names its
     * {@code @JsonValue} method, whose text is known only at run time.
     */
    record EnumSchema(String name, String binaryName, String description, List<String> constants,
            List<String> jsonNames, String valueMethod, ClassName javaType, String fallback, Element element)
            implements SchemaModel {
        public EnumSchema {
            constants = List.copyOf(constants);
            jsonNames = List.copyOf(jsonNames);
        }

        public EnumSchema(String name, String binaryName, String description, List<String> constants) {
            this(name, binaryName, description, constants, constants, null, null, null, null);
        }
    }

    /**
     * A polymorphic type (a sealed interface or class, or a Jackson {@code @JsonTypeInfo(use = NAME)}
     * hierarchy): JSON objects of its subtypes, told apart by the text of property
     * {@code discriminator}. {@code existingProperty}: the subtypes carry that property
     * themselves ({@code include = EXISTING_PROPERTY}), so the codecs add none. {@code misuse}: a
     * complete compile-error message when the type is declared in a way the codecs cannot bind,
     * or null.
     */
    record UnionSchema(String name, String binaryName, String description, String discriminator,
            boolean existingProperty, List<Variant> variants, ClassName javaType, String fallback, Element element,
            String misuse) implements SchemaModel {
        public UnionSchema {
            variants = List.copyOf(variants);
        }

        /**
         * The subtype named {@code tag}: {@code qualifiedName} is its schema's key. {@code aliases}:
         * further names it is read by ({@code @JsonSubTypes.Type(names)}), never written.
         */
        public record Variant(String tag, String qualifiedName, ClassName javaType, List<String> aliases) {
            public Variant {
                aliases = List.copyOf(aliases);
            }

            public Variant(String tag, String qualifiedName, ClassName javaType) {
                this(tag, qualifiedName, javaType, List.of());
            }
        }
    }
}
