package dev.skiff.processor;

import com.palantir.javapoet.JavaFile;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.TracedClassModel;
import dev.skiff.processor.model.ValidatedTypeModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.write.client.ClientWriter;
import dev.skiff.processor.write.codecs.CodecWriter;
import dev.skiff.processor.write.invokers.InvokerWriter;
import dev.skiff.processor.write.nativeimage.NativeImageWriter;
import dev.skiff.processor.write.client.TsClientWriter;
import dev.skiff.processor.write.openapi.OpenApiWriter;
import dev.skiff.processor.write.operations.OperationsWriter;
import dev.skiff.processor.write.routes.RoutesWriter;
import dev.skiff.processor.write.traced.TracedWriter;
import dev.skiff.processor.write.validators.UnionValidatorWriter;
import dev.skiff.processor.write.validators.ValidatorWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The write stage: runs every writer on the checked model, in any order (each is a pure
 * function of the model), and hands the results to the {@link Filer}.
 */
final class Output {
    private final Filer filer;
    private final Diagnostics diagnostics;
    private final String typescriptDir;

    /** {@code typescriptDir}: where the TypeScript client is also written (-Askiff.typescript.dir), or null. */
    Output(Filer filer, Diagnostics diagnostics, String typescriptDir) {
        this.filer = filer;
        this.diagnostics = diagnostics;
        this.typescriptDir = typescriptDir == null || typescriptDir.isBlank() ? null : typescriptDir;
    }

    void write(ApiModel model) {
        if (model.hasApi()) {
            writeRouting(model);
            writeCodecs(model);
            writeOpenApi(model);
            writeNativeImage(model);
            if (model.info().javaClient()) {
                source(new ClientWriter(model).write(), origin(model));
            }
        }
        writeValidators(model);
        writeTraced(model);
    }

    private void writeRouting(ApiModel api) {
        InvokerWriter invokers = new InvokerWriter(api);
        for (HandlerModel handler : api.handlers()) {
            for (JavaFile file : invokers.write(handler)) {
                source(file, handler.element());
            }
        }
        source(new RoutesWriter().write(api), origin(api));
        source(new OperationsWriter().write(api), origin(api));
    }

    private void writeCodecs(ApiModel api) {
        CodecWriter codecs = new CodecWriter(api);
        for (SchemaModel schema : api.codecSchemas()) {
            source(codecs.write(schema), schema.element() != null ? schema.element() : origin(api));
        }
    }

    private void writeValidators(ApiModel model) {
        for (ValidatedTypeModel type : model.validatedTypes()) {
            source(ValidatorWriter.write(type, model.applicationMessages()), type.element());
        }
        java.util.Set<com.palantir.javapoet.TypeName> cascades = new java.util.HashSet<>();
        model.validatedTypes().forEach(type -> type.properties().forEach(p -> cascadeTargets(p.value(), cascades)));
        for (SchemaModel schema : model.schemas().values()) {
            if (schema instanceof SchemaModel.UnionSchema union && union.misuse() == null) {
                UnionValidatorWriter.write(union, model.validatedTypes(), cascades.contains(union.javaType()))
                        .ifPresent(file -> source(file, union.element() != null ? union.element() : origin(model)));
            }
        }
    }

    private static void cascadeTargets(dev.skiff.processor.model.ValueModel value,
            java.util.Set<com.palantir.javapoet.TypeName> into) {
        if (value.cascadeInto() != null) {
            into.add(value.cascadeInto());
        }
        if (value.element() != null) {
            cascadeTargets(value.element(), into);
        }
    }

    private void writeTraced(ApiModel model) {
        TracedWriter writer = new TracedWriter();
        for (TracedClassModel type : model.tracedClasses()) {
            source(writer.write(type), type.element());
        }
    }

    private void writeOpenApi(ApiModel api) {
        resource(api.packageName(), "openapi.json", new OpenApiWriter(api).write(), api);
        // the TypeScript client beside the document it agrees with (see TsClientWriter)
        TsClientWriter typescript = new TsClientWriter(api);
        String client = typescript.client();
        String queries = typescript.queries();
        resource(api.packageName(), "client.ts", client, api);
        resource(api.packageName(), "queries.ts", queries, api);
        if (typescriptDir != null) {
            // outside the Filer's locations: a web project's folder, written as plain files
            try {
                java.nio.file.Path dir = java.nio.file.Path.of(typescriptDir);
                java.nio.file.Files.createDirectories(dir);
                java.nio.file.Files.writeString(dir.resolve("client.ts"), client);
                java.nio.file.Files.writeString(dir.resolve("queries.ts"), queries);
            } catch (IOException | RuntimeException e) {
                diagnostics.internalError(origin(api), e);
            }
        }
    }

    private void writeNativeImage(ApiModel api) {
        for (Map.Entry<String, String> file : new NativeImageWriter().write(api).entrySet()) {
            resource("", file.getKey(), file.getValue(), api);
        }
    }

    private void source(JavaFile file, Element origin) {
        try {
            file.writeTo(filer);
        } catch (IOException | RuntimeException e) {
            diagnostics.internalError(origin, e);
        }
    }

    private void resource(String pkg, String name, String content, ApiModel api) {
        Element[] origins = origins(api).toArray(new Element[0]);
        try {
            FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, pkg, name, origins);
            try (Writer writer = file.openWriter()) {
                writer.write(content);
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.internalError(origin(api), e);
        }
    }

    private static Element origin(ApiModel api) {
        return api.info().element() != null ? api.info().element() : api.handlers().get(0).element();
    }

    private static List<Element> origins(ApiModel api) {
        List<Element> origins = new ArrayList<>();
        api.handlers().forEach(h -> origins.add(h.element()));
        if (api.info().element() != null) {
            origins.add(api.info().element());
        }
        return origins;
    }
}
