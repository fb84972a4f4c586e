package dev.skiff.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Copies the compiled classes into a new numbered folder per version, so that a version keeps
 * reading consistent files while the IDE or the compiler rewrites the originals.
 */
final class Snapshots {
    /** Old versions may still be finishing requests; the ones before these are deleted. */
    private static final int KEPT = 3;

    private final Path root;
    private int generation;

    Snapshots(Path root) {
        this.root = root;
    }

    int generation() {
        return generation;
    }

    Path take(Path classes) throws IOException {
        generation++;
        Path target = root.resolve("v" + generation);
        deleteTree(target);
        copyTree(classes, target);
        deleteTree(root.resolve("v" + (generation - KEPT)));
        return target;
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> files = Files.walk(tree)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
