package dev.skiff.processor;

import dev.skiff.processor.check.ModelChecks;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.read.ApiReader;
import dev.skiff.processor.validation.ConstraintError;
import dev.skiff.processor.validation.ValidationSupport;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Skiff's annotation processor: reads the handlers of a compilation into an {@link ApiModel},
 * checks it, and only when every check passed writes the router, invokers, entry point,
 * OpenAPI document and native-image metadata. Runs once per compilation (aggregating).
 */
public final class SkiffProcessor extends AbstractProcessor {
    private static final Set<String> ANNOTATIONS = Set.of("dev.skiff.api.Get", "dev.skiff.api.Post",
            "dev.skiff.api.Put", "dev.skiff.api.Patch", "dev.skiff.api.Delete", "dev.skiff.api.Head",
            "dev.skiff.api.Options", "dev.skiff.api.ApiInfo");

    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return new TreeSet<>(ANNOTATIONS);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (done || round.processingOver() || annotations.isEmpty()) {
            return false;
        }
        Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
        try {
            ApiModel api = new ApiReader(processingEnv, diagnostics).read(round);
            if (api == null) {
                return false;
            }
            done = true;
            ValidationSupport validation = new ValidationSupport(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
            api = validation.read(api);
            new ModelChecks(diagnostics).check(api);
            for (ConstraintError error : validation.check()) {
                diagnostics.error(error.element(), error.annotation(), null, "%s", error.message());
            }
            if (!diagnostics.hasErrors()) {
                Output output = new Output(processingEnv.getFiler(), diagnostics, validation.hooks());
                output.write(api);
                output.writeValidators(validation.validators());
            }
        } catch (RuntimeException | Error failure) {
            Element where = round.getRootElements().stream().findFirst().orElse(null);
            if (where == null) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, String.valueOf(failure));
            } else {
                diagnostics.internalError(where, failure);
            }
        }
        return false;
    }
}
