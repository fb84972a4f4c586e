package dev.skiff.processor;


import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated sources and document of a representative API, compared with golden files.
 * After an intended change, regenerate with {@code -Dskiff.golden.update=true} and review the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final CompiledApi API = CompiledApi.compile("golden");

    static List<String[]> files() {
        return List.of(
                new String[] {"SkiffRoutes.java", "fixtures/golden/SkiffRoutes.java"},
                new String[] {"SkiffOperations.java", "fixtures/golden/SkiffOperations.java"},
                new String[] {"PetsApiInvokers.java", "fixtures/golden/PetsApiInvokers.java"},
                new String[] {"PetsApi_PetCodec.java", "fixtures/golden/PetsApi_PetCodec.java"},
                new String[] {"openapi.json", "fixtures/golden/openapi.json"},
                new String[] {"reflect-config.json", "META-INF/native-image/skiff/fixtures.golden/reflect-config.json"},
                new String[] {"resource-config.json", "META-INF/native-image/skiff/fixtures.golden/resource-config.json"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void generatedFileMatchesGolden(String golden, String generatedPath) throws IOException {
        StandardLocation location = generatedPath.endsWith(".java") ? StandardLocation.SOURCE_OUTPUT
                : StandardLocation.CLASS_OUTPUT;
        String actual = API.generated(location, generatedPath);
        Path file = GOLDEN.resolve(golden + ".txt");
        Goldens.assertMatches(file, actual);
    }
}
