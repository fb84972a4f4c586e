package dev.skiff.dev;

import dev.skiff.core.Application;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Loads the current classes as a new version and hands it to the server, or keeps the old one. */
final class Reloader {
    private final DevConsole console = new DevConsole(Reloader.class);

    private final ApplicationFactory factory;
    private final Snapshots snapshots;
    private final Path classes;
    private final ClassLoader parent;
    private final DevListener listener;

    Reloader(ApplicationFactory factory, Snapshots snapshots, Path classes, ClassLoader parent, DevListener listener) {
        this.factory = factory;
        this.snapshots = snapshots;
        this.classes = classes;
        this.parent = parent;
        this.listener = listener;
    }

    /** A new version from the classes as they are now. */
    private static final int SETTLE_ATTEMPTS = 4;
    private static final long SETTLE_PAUSE_MILLIS = 300;

    synchronized Application load() throws ReloadException {
        Path snapshot;
        try {
            snapshot = snapshots.take(classes);
        } catch (IOException e) {
            throw new ReloadException("the classes in " + classes + " could not be copied: " + e, e);
        }
        // Not closed when replaced: requests still running on the old version may load classes from it.
        return factory.create(new AppClassLoader(snapshot, parent));
    }

    /**
     * {@link #load}, again after a pause if a class file was truncated: a compiler still writing
     * it when the folder looked quiet (a loaded machine can pause longer than the quiet period).
     */
    private Application loadSettled() throws ReloadException {
        for (int attempt = 1; ; attempt++) {
            try {
                return load();
            } catch (ReloadException e) {
                if (!(e.getCause() instanceof ClassFormatError) || attempt == SETTLE_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(SETTLE_PAUSE_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Loads a new version and passes it to {@code serve}; on failure logs why and keeps the old one. */
    synchronized void reload(Consumer<Application> serve) {
        long start = System.nanoTime();
        try {
            Application next = loadSettled();
            serve.accept(next);
            long millis = (System.nanoTime() - start) / 1_000_000;
            console.info("Reloaded " + next.title() + " " + next.version() + " (version " + snapshots.generation()
                    + ") in " + millis + " ms");
            listener.reloaded(snapshots.generation(), millis);
        } catch (ReloadException e) {
            console.error("Reload failed, still serving the previous version: " + e.getMessage(), e.getCause());
            listener.reloadFailed(e.getMessage());
        }
    }
}
