package dev.skiff.dev;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the application's sources as the build would (annotation processors found on the
 * class path, so the router and openapi.json are regenerated) into a scratch folder, and copies
 * the result over the classes folder only when compilation succeeded: with errors, the classes
 * stay as they were and the last good version keeps serving.
 */
final class SourceCompiler {
    /** The outcome: the errors as {@code file:line: message}, empty on success. */
    record Result(List<String> errors) {
        boolean succeeded() {
            return errors.isEmpty();
        }
    }

    private final Path sources;
    private final Path classes;
    private final Path scratch;
    private final String classpath;
    private final String processorPath;

    /** @param processorPath where annotation processors are, or null to find them on the class path */
    SourceCompiler(Path sources, Path classes, Path scratch, String classpath, String processorPath) {
        this.sources = sources;
        this.classes = classes;
        this.scratch = scratch;
        this.classpath = classpath;
        this.processorPath = processorPath;
    }

    static boolean available() {
        return ToolProvider.getSystemJavaCompiler() != null;
    }

    Result compile() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path output = scratch.resolve("classes");
        Path generated = scratch.resolve("generated-sources");
        Snapshots.deleteTree(scratch);
        Files.createDirectories(output);
        Files.createDirectories(generated);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter out = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-s", generated.toString(),
                    "-parameters", "-encoding", "UTF-8", "-classpath", classpath));
            if (processorPath != null) {
                options.addAll(List.of("-processorpath", processorPath));
            }
            ok = javac.getTask(out, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String where = d.getSource() == null ? "" : Path.of(d.getSource().toUri()) + ":" + d.getLineNumber() + ": ";
                errors.add(where + d.getMessage(Locale.ROOT));
            }
        }
        if (!ok && errors.isEmpty()) {
            errors.add("javac failed: " + out.toString().trim());
        }
        if (ok) {
            Snapshots.copyTree(output, classes);
        }
        return new Result(List.copyOf(errors));
    }
}
