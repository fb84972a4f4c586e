package dev.skiff.dev;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folder trees and reports which of them changed once they have been quiet for a
 * moment: a build writes many files, and the application should reload once, after the last.
 * A tree that is deleted and created again ({@code mvn clean compile}) is picked up again.
 */
final class DirectoryWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);

    private final List<Path> roots;
    private final Duration quietPeriod;
    private final Consumer<Set<Path>> onChange;
    private final WatchService watcher;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;

    DirectoryWatcher(List<Path> roots, Duration quietPeriod, Consumer<Set<Path>> onChange) throws IOException {
        this.roots = roots.stream().map(Path::toAbsolutePath).toList();
        this.quietPeriod = quietPeriod;
        this.onChange = onChange;
        this.watcher = FileSystems.getDefault().newWatchService();
        for (Path root : this.roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::run, "skiff-dev-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }

    private void run() {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = changed.isEmpty()
                        ? watcher.poll(1, TimeUnit.SECONDS)
                        : watcher.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    handle(key, changed);
                    continue;
                }
                if (reRegisterMissingRoots()) {
                    changed.addAll(roots);
                    continue;
                }
                if (!changed.isEmpty()) {
                    Set<Path> batch = Set.copyOf(changed);
                    changed.clear();
                    notify(batch);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void notify(Set<Path> batch) {
        try {
            onChange.accept(batch);
        } catch (RuntimeException e) {
            LOG.error("Handling a change in {} failed", batch, e);
        }
    }

    private void handle(WatchKey key, Set<Path> changed) {
        Path folder = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || !(event.context() instanceof Path name)) {
                continue;
            }
            Path path = folder.resolve(name);
            rootOf(path).ifPresent(changed::add);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    private java.util.Optional<Path> rootOf(Path path) {
        return roots.stream().filter(path::startsWith).findFirst();
    }

    private boolean reRegisterMissingRoots() {
        boolean any = false;
        for (Path root : roots) {
            if (Files.isDirectory(root) && !keys.containsValue(root)) {
                registerTree(root);
                any = true;
            }
        }
        return any;
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
                keys.put(folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        } catch (IOException e) {
            LOG.warn("Could not watch {}: {}", root, e.toString());
        }
    }
}
