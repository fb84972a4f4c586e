package dev.skiff.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.ScalarKind;
import dev.skiff.processor.model.TypeModel;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Classifies a {@link TypeMirror} as binding and JSON Schema see it, registering every record,
 * bean and enum it meets with the {@link SchemaReader}.
 */
final class TypeReader {
    private static final Set<String> ARRAYS = Set.of("java.util.List", "java.util.Collection", "java.lang.Iterable");
    private static final Set<String> SETS = Set.of("java.util.Set", "java.util.SortedSet");
    private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.SortedMap", "java.util.EnumMap");
    private static final Set<String> ANY = Set.of("java.lang.Object", "com.fasterxml.jackson.databind.JsonNode",
            "com.fasterxml.jackson.databind.node.ObjectNode", "com.fasterxml.jackson.databind.node.ArrayNode");

    private final Types types;
    private final SchemaReader schemas;

    TypeReader(Types types, SchemaReader schemas) {
        this.types = types;
        this.schemas = schemas;
    }

    TypeModel read(TypeMirror mirror) {
        TypeName javaType = TypeName.get(mirror);
        if (mirror.getKind().isPrimitive()) {
            return ScalarKind.ofBoxed(types.boxedClass((javax.lang.model.type.PrimitiveType) mirror)
                    .getQualifiedName().toString())
                    .<TypeModel>map(kind -> new TypeModel.Scalar(kind, javaType))
                    .orElseGet(() -> unsupported(javaType));
        }
        if (mirror instanceof javax.lang.model.type.ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE) {
            return new TypeModel.Base64Bytes(javaType);
        }
        if (mirror.getKind() != TypeKind.DECLARED) {
            return unsupported(javaType);
        }
        DeclaredType declared = (DeclaredType) mirror;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        List<? extends TypeMirror> args = declared.getTypeArguments();
        var scalar = ScalarKind.ofBoxed(name);
        if (scalar.isPresent()) {
            return new TypeModel.Scalar(scalar.get(), javaType);
        }
        if (name.equals("java.util.Optional") && args.size() == 1) {
            TypeModel value = read(args.get(0));
            return value instanceof TypeModel.Unsupported ? unsupported(javaType)
                    : new TypeModel.OptionalOf((ParameterizedTypeName) javaType, value);
        }
        if ((ARRAYS.contains(name) || SETS.contains(name)) && args.size() == 1) {
            TypeModel item = read(args.get(0));
            return item instanceof TypeModel.Unsupported || item instanceof TypeModel.Context ? unsupported(javaType)
                    : new TypeModel.ArrayOf((ParameterizedTypeName) javaType, item, SETS.contains(name));
        }
        if (MAPS.contains(name) && args.size() == 2) {
            TypeModel key = read(args.get(0));
            TypeModel value = read(args.get(1));
            return !key.isScalar() || value instanceof TypeModel.Unsupported ? unsupported(javaType)
                    : new TypeModel.MapOf((ParameterizedTypeName) javaType, key, value);
        }
        if (ANY.contains(name)) {
            return new TypeModel.AnyValue(javaType);
        }
        if (name.equals(Names.REQUEST_CONTEXT)) {
            return new TypeModel.Context(javaType);
        }
        if (element.getKind() == ElementKind.ENUM) {
            schemas.register(element);
            return new TypeModel.EnumRef((ClassName) javaType, name, schemas.enumJsonNames(element));
        }
        if (args.isEmpty() && element.getTypeParameters().isEmpty() && isJsonObject(element)) {
            schemas.register(element);
            return new TypeModel.ObjectRef(javaType, name);
        }
        if (!args.isEmpty() && isJsonObject(element) && args.stream().allMatch(arg -> arg.getKind() == TypeKind.DECLARED)) {
            // one schema and codec for each instantiation, its properties' types as they are in it
            return new TypeModel.ObjectRef(javaType, schemas.register(declared));
        }
        if (args.isEmpty() && SchemaReader.isPolymorphic(element)) {
            // its subtypes are registered when its schema is built
            schemas.register(element);
            return new TypeModel.ObjectRef(javaType, name);
        }
        return unsupported(javaType);
    }

    /** A record, or a bean: a concrete public class outside the JDK with a public no-argument constructor. */
    static boolean isJsonObject(TypeElement element) {
        if (element.getKind() == ElementKind.RECORD) {
            return true;
        }
        String name = element.getQualifiedName().toString();
        if (element.getKind() != ElementKind.CLASS || name.startsWith("java.") || name.startsWith("javax.")
                || element.getModifiers().contains(Modifier.ABSTRACT)) {
            return false;
        }
        return ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    }

    private static TypeModel unsupported(TypeName javaType) {
        return new TypeModel.Unsupported(javaType, javaType.toString());
    }
}
