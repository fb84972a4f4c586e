package dev.skiff.processor;

import dev.skiff.processor.check.Checks;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.read.ApplicationMessages;
import dev.skiff.processor.read.ModelReader;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Skiff's annotation processor. Every round runs one pipeline over one immutable model:
 * read ({@link ModelReader}: the API, its constraints and validated types, {@code @Traced}
 * classes), check ({@link Checks}), write ({@link Output}: invokers, entry point,
 * validators, OpenAPI, native-image metadata, traced subclasses) what passed its checks.
 *
 * <p>Options: {@code -Askiff.validationMessages=<dirs>} (see {@link ApplicationMessages});
 * {@code -Askiff.validators=all} also writes a validator for every constrained record and class
 * of the compilation, with or without an API (for libraries, tests and benchmarks).
 */
public final class SkiffProcessor extends AbstractProcessor {
    /** The option that asks for a validator per constrained type: {@code -Askiff.validators=all}. */
    public static final String VALIDATORS_OPTION = "skiff.validators";

    /**
     * A directory the TypeScript client ({@code client.ts}, {@code queries.ts}) is also written to,
     * e.g. a web project's source folder: {@code -Askiff.typescript.dir=../website/src/api}.
     * Relative to the compiler's working directory. It always lands beside {@code openapi.json} too.
     */
    public static final String TYPESCRIPT_DIR_OPTION = "skiff.typescript.dir";

    private ModelReader reader;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        reader = new ModelReader(env, validateAll());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // every type may carry constraints: without an API, any annotation (or none) is a reason to run
        return processingEnv != null && validateAll() ? Set.of("*") : new TreeSet<>(ModelReader.ANNOTATIONS);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(ApplicationMessages.OPTION, VALIDATORS_OPTION, TYPESCRIPT_DIR_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            return false;
        }
        Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
        try {
            ApiModel model = reader.read(round, diagnostics);
            if (!model.isEmpty()) {
                new Output(processingEnv.getFiler(), diagnostics, processingEnv.getOptions().get(TYPESCRIPT_DIR_OPTION)).write(new Checks(diagnostics).check(model));
            }
        } catch (RuntimeException | Error failure) {
            diagnostics.internalError(anyElementOf(annotations, round), failure);
        }
        return false;
    }

    /** Where to report a failure: a root element of the round, else an element bearing its annotations, else null. */
    private static Element anyElementOf(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return round.getRootElements().stream().map(Element.class::cast).findFirst()
                .or(() -> annotations.stream().flatMap(a -> round.getElementsAnnotatedWith(a).stream()).findFirst())
                .orElse(null);
    }

    private boolean validateAll() {
        return "all".equals(processingEnv.getOptions().get(VALIDATORS_OPTION));
    }
}
