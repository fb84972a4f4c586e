package dev.skiff.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/** A Java type as binding and JSON Schema see it. {@link #javaType()} is the declared type. */
public sealed interface TypeModel {
    TypeName javaType();

    /** A scalar converted from text; {@code javaType} may be a primitive. */
    record Scalar(ScalarKind kind, TypeName javaType) implements TypeModel {
        /** Whether null is a possible value (a boxed type, not a primitive). */
        public boolean nullable() {
            return javaType.isBoxedPrimitive();
        }
    }

    /** An enum, converted from its constants' JSON names ({@code @JsonProperty}, else the constant's name). */
    record EnumRef(ClassName javaType, String qualifiedName, List<String> constants) implements TypeModel {
        public EnumRef {
            constants = List.copyOf(constants);
        }
    }

    /** A record or bean, read and written as a JSON object. */
    record ObjectRef(TypeName javaType, String qualifiedName) implements TypeModel {}

    /** {@code List<T>}, {@code Set<T>} or {@code Collection<T>}. */
    record ArrayOf(ParameterizedTypeName javaType, TypeModel item, boolean unique) implements TypeModel {}

    /** {@code Map<K, V>}: {@code key} a String (or another scalar, left to databind) or an enum. */
    record MapOf(ParameterizedTypeName javaType, TypeModel key, TypeModel value) implements TypeModel {
        /** {@code Map<String, V>}. */
        public MapOf(ParameterizedTypeName javaType, TypeModel value) {
            this(javaType, new Scalar(ScalarKind.STRING, ClassName.get(String.class)), value);
        }
    }

    /** {@code byte[]} in JSON: a base64 string, as databind reads and writes it. */
    record Base64Bytes(TypeName javaType) implements TypeModel {}

    /** {@code Optional<T>}. */
    record OptionalOf(ParameterizedTypeName javaType, TypeModel value) implements TypeModel {}

    /** {@code Object} or a JSON tree: any JSON value. */
    record AnyValue(TypeName javaType) implements TypeModel {}

    /** {@code FileUpload}: a file part of a multipart body, never JSON. */
    record FileRef(TypeName javaType) implements TypeModel {}

    /** {@code RequestContext}, or a dependency's type: nothing read from the request. */
    record Context(TypeName javaType) implements TypeModel {}

    /** A type Skiff cannot bind or write; {@code javaType} is kept for the message. */
    record Unsupported(TypeName javaType, String text) implements TypeModel {}

    /** Whether this is a scalar or enum: converted from text. */
    default boolean isScalar() {
        return this instanceof Scalar || this instanceof EnumRef;
    }

    /** Whether this is a scalar, or a collection of scalars. */
    default boolean isScalarOrScalars() {
        return isScalar() || this instanceof ArrayOf array && array.item().isScalar();
    }
}
