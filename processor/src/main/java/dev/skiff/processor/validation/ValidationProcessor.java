package dev.skiff.processor.validation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Generates a validator for every record and class of the compilation that has constraints
 * (and for the types they cascade into), without any HTTP API around them: for libraries,
 * tests and benchmarks. It is not registered as a service — name it with
 * {@code -processor dev.skiff.processor.validation.ValidationProcessor}. The Skiff processor
 * proper generates validators for request bodies itself.
 */
public final class ValidationProcessor extends AbstractProcessor {
    /** The application's ValidationMessages, read once, when the first validator is written. */
    private Map<String, String> applicationMessages;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(ApplicationMessages.OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        ValidatedTypeReader reader = new ValidatedTypeReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        Map<String, ValidatedTypeModel> models = new LinkedHashMap<>();
        for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
            collect(type, reader, models);
        }
        boolean clean = true;
        for (ValidatedTypeModel model : models.values()) {
            for (ConstraintError error : ConstraintChecks.check(model)) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, error.message(), error.element(), error.annotation());
                clean = false;
            }
        }
        if (clean) {
            for (ValidatedTypeModel model : models.values()) {
                write(model);
            }
        }
        return false;
    }

    private void collect(TypeElement type, ValidatedTypeReader reader, Map<String, ValidatedTypeModel> models) {
        if (type.getKind() == ElementKind.RECORD || type.getKind() == ElementKind.CLASS) {
            ValidatedTypeModel model = reader.read(type);
            if (!model.properties().isEmpty() || !model.classConstraints().isEmpty()) {
                for (ValidatedTypeModel reached : reader.readWithCascades(type)) {
                    models.putIfAbsent(reached.type().canonicalName(), reached);
                }
            }
        }
        for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
            collect(nested, reader, models);
        }
    }

    private void write(ValidatedTypeModel model) {
        if (applicationMessages == null) {
            applicationMessages = ApplicationMessages.read(processingEnv.getFiler(), processingEnv.getOptions(),
                    processingEnv.getMessager());
        }
        try {
            ValidatorWriter.write(model, applicationMessages).writeTo(processingEnv.getFiler());
        } catch (IOException | RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "could not write the validator of " + model.type() + ": " + trace, model.element());
        }
    }
}
