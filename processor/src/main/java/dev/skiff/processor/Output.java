package dev.skiff.processor;

import com.palantir.javapoet.JavaFile;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.write.InvokerHooks;
import dev.skiff.processor.write.InvokerWriter;
import dev.skiff.processor.write.NativeImageWriter;
import dev.skiff.processor.write.RouterWriter;
import dev.skiff.processor.write.RoutesWriter;
import dev.skiff.processor.write.openapi.OpenApiWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Runs every writer on a checked model and hands the results to the {@link Filer}. */
final class Output {
    private final Filer filer;
    private final Diagnostics diagnostics;
    private final InvokerHooks hooks;

    Output(Filer filer, Diagnostics diagnostics, InvokerHooks hooks) {
        this.filer = filer;
        this.diagnostics = diagnostics;
        this.hooks = hooks;
    }

    void write(ApiModel api) {
        writeSources(api);
        writeOpenApi(api);
        writeNativeImage(api);
    }

    private void writeSources(ApiModel api) {
        InvokerWriter invokers = new InvokerWriter(hooks);
        for (HandlerModel handler : api.handlers()) {
            source(invokers.write(handler), handler.element());
        }
        source(new RouterWriter().write(api), origin(api));
        source(new RoutesWriter().write(api), origin(api));
    }

    /** The generated validators of request bodies, each from its type. */
    void writeValidators(List<JavaFile> validators) {
        for (JavaFile validator : validators) {
            source(validator, validator.typeSpec().originatingElements().isEmpty() ? null
                    : validator.typeSpec().originatingElements().get(0));
        }
    }

    private void writeOpenApi(ApiModel api) {
        resource(api.packageName(), "openapi.json", new OpenApiWriter(api).write(), api);
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
