package dev.skiff.processor.write.nativeimage;

import dev.skiff.support.validation.Messages;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.write.JsonDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes GraalVM native-image metadata: the types databind still reads or writes (those left to
 * it, named in a compile-time note, and the types nested in them), registered for what its
 * introspection needs; a type with a generated codec needs none. Also the {@code openapi.json}
 * resource and the application's {@code ValidationMessages} files (when it has them). Files go
 * under {@code META-INF/native-image/skiff/<package>/}.
 */
public final class NativeImageWriter {
    /** Each file's path relative to the class output, and its content. Sorted by path. */
    public Map<String, String> write(ApiModel api) {
        String directory = "META-INF/native-image/skiff/" + api.packageName() + "/";
        Map<String, String> files = new TreeMap<>();
        files.put(directory + "reflect-config.json", JsonDocument.write(reflection(api)));
        files.put(directory + "resource-config.json", JsonDocument.write(resources(api)));
        return files;
    }

    /** Every class databind reads or writes, and a bean's superclasses, whose declared members it reads too. */
    private static List<Object> reflection(ApiModel api) {
        Set<String> binaryNames = new TreeSet<>();
        Deque<SchemaModel> pending = new ArrayDeque<>();
        api.schemas().values().stream().filter(schema -> schema.fallback() != null).forEach(pending::add);
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            SchemaModel schema = pending.pop();
            if (!seen.add(schema.name())) {
                continue;
            }
            binaryNames.add(schema.binaryName());
            if (schema instanceof SchemaModel.ObjectSchema object) {
                binaryNames.addAll(object.superclasses());
                // databind introspects what a type it reads holds, codec or not
                object.properties().forEach(property -> nested(property.type(), api, pending));
            }
            if (schema instanceof SchemaModel.UnionSchema union) {
                // databind finds the subtypes through the annotations, and creates them reflectively
                union.variants().forEach(variant -> api.schema(variant.qualifiedName()).ifPresent(pending::add));
            }
        }
        List<Object> entries = new ArrayList<>();
        binaryNames.forEach(binaryName -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", binaryName);
            entry.put("allDeclaredConstructors", true);
            entry.put("allPublicConstructors", true);
            entry.put("allDeclaredMethods", true);
            entry.put("allPublicMethods", true);
            entry.put("allDeclaredFields", true);
            entry.put("allPublicFields", true);
            entries.add(entry);
        });
        return entries;
    }

    private static void nested(TypeModel type, ApiModel api, Deque<SchemaModel> pending) {
        if (type instanceof TypeModel.ObjectRef object) {
            api.schema(object.qualifiedName()).ifPresent(pending::add);
        } else if (type instanceof TypeModel.EnumRef enumRef) {
            api.schema(enumRef.qualifiedName()).ifPresent(pending::add);
        } else if (type instanceof TypeModel.ArrayOf array) {
            nested(array.item(), api, pending);
        } else if (type instanceof TypeModel.MapOf map) {
            nested(map.key(), api, pending);
            nested(map.value(), api, pending);
        } else if (type instanceof TypeModel.OptionalOf optional) {
            nested(optional.value(), api, pending);
        }
    }

    private static Map<String, Object> resources(ApiModel api) {
        String path = api.packageName().isEmpty() ? "openapi.json"
                : api.packageName().replace('.', '/') + "/openapi.json";
        List<Object> includes = new ArrayList<>();
        includes.add(Map.of("pattern", Pattern.quote(path)));
        // read at run time for the messages only the run time interpolates (custom contexts' templates)
        for (String file : Messages.BUNDLE_FILES) {
            includes.add(Map.of("pattern", Pattern.quote(file)));
        }
        return Map.of("resources", Map.of("includes", includes));
    }
}
