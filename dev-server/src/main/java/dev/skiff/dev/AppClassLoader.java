package dev.skiff.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Loads one version of the application: its own classes and resources come from its snapshot
 * folder first, even when an older copy is on the parent's class path (as target/classes is
 * under {@code mvn exec}); everything else (Skiff, Jackson, libraries) is the parent's, so
 * every version shares one {@code dev.skiff.core.Application}.
 */
final class AppClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Path root;

    AppClassLoader(Path root, ClassLoader parent) {
        super("skiff-dev-" + root.getFileName(), new URL[] {url(root)}, parent);
        this.root = root;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null && owns(name)) {
                loaded = findClass(name);
            }
            if (loaded == null) {
                return super.loadClass(name, resolve);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>(Collections.list(findResources(name)));
        ClassLoader parent = getParent();
        if (parent != null) {
            urls.addAll(Collections.list(parent.getResources(name)));
        }
        return Collections.enumeration(urls);
    }

    private boolean owns(String className) {
        return Files.isRegularFile(root.resolve(className.replace('.', '/') + ".class"));
    }

    private static URL url(Path root) {
        try {
            return root.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
