package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.skiff.core.Application;
import dev.skiff.core.Dispatcher;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * A successful compilation loaded into a class loader, so tests can call the generated
 * {@code SkiffRoutes.create} and dispatch requests through the real {@link Dispatcher}.
 * Reflection here is the test's, to reach classes that exist only in memory.
 */
final class CompiledApi {
    private final Compilation compilation;
    private final ClassLoader loader;

    private CompiledApi(Compilation compilation) {
        this.compilation = compilation;
        this.loader = new InMemoryLoader(compilation, CompiledApi.class.getClassLoader());
    }

    static CompiledApi compile(String fixture) {
        Compilation compilation = Fixtures.compile(fixture);
        assertThat(compilation).succeededWithoutWarnings();
        return new CompiledApi(compilation);
    }

    static CompiledApi of(Compilation compilation) {
        assertThat(compilation).succeeded();
        return new CompiledApi(compilation);
    }

    /** Calls {@code <pkg>.SkiffRoutes.create} with a new instance (no-argument constructor) of each handler. */
    Application application(String packageName, String... handlerClasses) {
        try {
            Class<?>[] types = new Class<?>[handlerClasses.length];
            Object[] handlers = new Object[handlerClasses.length];
            for (int i = 0; i < handlerClasses.length; i++) {
                types[i] = loader.loadClass(handlerClasses[i]);
                handlers[i] = types[i].getConstructor().newInstance();
            }
            Method create = loader.loadClass(packageName + ".SkiffRoutes").getMethod("create", types);
            return (Application) create.invoke(null, handlers);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A class of the compilation (source or generated), loaded from memory. */
    Class<?> load(String binaryName) {
        try {
            return loader.loadClass(binaryName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** A generated file's text, such as {@code SkiffRoutes.java} or {@code openapi.json}. */
    String generated(StandardLocation location, String path) {
        Optional<JavaFileObject> file = compilation.generatedFile(location, path);
        try {
            return file.orElseThrow(() -> new AssertionError("not generated: " + path)).getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every generated Java source, by file name. */
    java.util.Map<String, String> generatedSources() {
        java.util.Map<String, String> sources = new java.util.TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            try {
                sources.put(file.getName(), file.getCharContent(true).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    /** A dispatched response: status, headers, whole body (streams: every chunk, in order). */
    record Reply(int status, dev.skiff.core.Headers headers, String body, List<String> chunks) {
        String header(String name) {
            return headers.first(name).orElse(null);
        }
    }

    /** Dispatches {@code method path} with {@code json} as an {@code application/json} body. */
    static Reply sendJson(Application app, String method, String path, String json) {
        return dispatch(app, HttpRequest.builder(method, path).header("content-type", "application/json")
                .body(json.getBytes(StandardCharsets.UTF_8)).build());
    }

    static Reply dispatch(Application app, HttpRequest request) {
        HttpResponse response = new Dispatcher(app, List.of()).dispatch(request).response();
        List<String> chunks = new ArrayList<>();
        if (response.isStreaming()) {
            try {
                response.stream().writeTo(chunk -> chunks.add(new String(chunk, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String body = response.isStreaming() ? String.join("", chunks)
                : new String(response.body(), StandardCharsets.UTF_8);
        return new Reply(response.status(), response.headers(), body, chunks);
    }

    private static final class InMemoryLoader extends ClassLoader {
        private final Compilation compilation;

        InMemoryLoader(Compilation compilation, ClassLoader parent) {
            super(parent);
            this.compilation = compilation;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            String path = name.replace('.', '/') + ".class";
            Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path);
            if (file.isEmpty()) {
                throw new ClassNotFoundException(name);
            }
            try (InputStream in = file.get().openInputStream()) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name);
            if (file.isPresent()) {
                try (InputStream in = file.get().openInputStream()) {
                    return new ByteArrayInputStream(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return super.getResourceAsStream(name);
        }
    }
}
