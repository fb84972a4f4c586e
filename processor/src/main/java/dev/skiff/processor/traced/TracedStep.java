package dev.skiff.processor.traced;

import dev.skiff.processor.Diagnostics;
import dev.skiff.processor.read.Names;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Weaves {@code @Traced} at compile time, independently of any API in the compilation (a store
 * or service may be traced in a module without handlers): each round, every class declaring
 * {@code @Traced} methods is read, checked and, when clean, gets its {@code Traced<Class>}.
 */
public final class TracedStep {
    private final ProcessingEnvironment env;
    private final TracedReader reader;
    private final TracedWriter writer = new TracedWriter();
    private final Set<String> woven = new HashSet<>();

    public TracedStep(ProcessingEnvironment env) {
        this.env = env;
        this.reader = new TracedReader(env.getElementUtils(), env.getTypeUtils());
    }

    public void process(RoundEnvironment round) {
        TypeElement traced = env.getElementUtils().getTypeElement(Names.TRACED);
        if (traced == null) {
            return;
        }
        for (Map.Entry<TypeElement, List<ExecutableElement>> entry : byClass(round.getElementsAnnotatedWith(traced))) {
            TypeElement type = entry.getKey();
            Diagnostics diagnostics = new Diagnostics(env.getMessager());
            try {
                TracedClassModel model = reader.read(type, entry.getValue());
                new TracedChecks(diagnostics).check(model);
                if (!diagnostics.hasErrors()) {
                    writer.write(model).writeTo(env.getFiler());
                }
            } catch (IOException | RuntimeException | Error failure) {
                diagnostics.internalError(type, failure);
            }
        }
    }

    /** The annotated methods by class, classes in name order and methods in source order, each class once. */
    private List<Map.Entry<TypeElement, List<ExecutableElement>>> byClass(Set<? extends Element> annotated) {
        Map<String, Map.Entry<TypeElement, List<ExecutableElement>>> classes = new TreeMap<>();
        for (Element element : annotated) {
            if (element.getKind() != ElementKind.METHOD || !(element.getEnclosingElement() instanceof TypeElement type)) {
                continue;
            }
            String key = env.getElementUtils().getBinaryName(type).toString();
            if (woven.contains(key)) {
                continue;
            }
            classes.computeIfAbsent(key, k -> Map.entry(type, new ArrayList<>())).getValue()
                    .add((ExecutableElement) element);
        }
        List<Map.Entry<TypeElement, List<ExecutableElement>>> result = new ArrayList<>();
        classes.forEach((key, entry) -> {
            woven.add(key);
            List<ExecutableElement> methods = new ArrayList<>(entry.getValue());
            List<? extends Element> order = entry.getKey().getEnclosedElements();
            methods.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
            result.add(Map.entry(entry.getKey(), methods));
        });
        return result;
    }
}
