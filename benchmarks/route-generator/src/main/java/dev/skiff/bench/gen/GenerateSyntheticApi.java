package dev.skiff.bench.gen;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Command line of the generator, run by the router-N modules in {@code generate-sources}
 * and by {@code benchmarks/scripts/build-cost.sh}.
 *
 * <pre>{@code
 * java dev.skiff.bench.gen.GenerateSyntheticApi target/generated-sources/synthetic dev.skiff.bench.r100 100
 * java dev.skiff.bench.gen.GenerateSyntheticApi /tmp/api200 dev.skiff.bench.build 200 --bodies
 * }</pre>
 */
public final class GenerateSyntheticApi {
    private GenerateSyntheticApi() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4 || (args.length == 4 && !args[3].equals("--bodies"))) {
            System.err.println("usage: GenerateSyntheticApi <source-root> <package> <operations> [--bodies]");
            System.exit(2);
        }
        SyntheticApi api = SyntheticApi.of(args[1], Integer.parseInt(args[2]), args.length == 4);
        int files = new SyntheticApiWriter(api).writeTo(Path.of(args[0]));
        System.out.printf("wrote %d operations in %d files to %s%n", api.operations().size(), files, args[0]);
    }
}
