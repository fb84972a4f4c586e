package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Validation fixtures under one resource folder, compiled with {@code -Askiff.validators=all}. */
final class ValidatorFixtures {
    static final String ALL = "-A" + SkiffProcessor.VALIDATORS_OPTION + "=all";

    private final String folder;

    ValidatorFixtures(String folder) {
        this.folder = folder;
    }

    Compilation compile(String... files) {
        JavaFileObject[] sources = new JavaFileObject[files.length];
        for (int i = 0; i < files.length; i++) {
            sources[i] = source(files[i]);
        }
        return javac().withProcessors(new SkiffProcessor()).withOptions(ALL).compile(sources);
    }

    JavaFileObject source(String file) {
        return JavaFileObjects.forResource(folder + file);
    }

    /** {@code file} alone fails with {@code message} on the line containing {@code line}. */
    void assertError(String file, String message, String line) {
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(message).inFile(source(file)).onLineContaining(line);
    }
}
