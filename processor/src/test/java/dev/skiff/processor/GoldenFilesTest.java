package dev.skiff.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated sources and documents of representative APIs, compared with golden files: the
 * {@code golden} fixture (routes, operations, invokers, a codec, the document, native-image
 * metadata) and the {@code types17} fixture (generic records and beans, byte[], enum-keyed maps,
 * type-use {@code @Nullable}, enum constants under their JSON names, {@code @Deprecated} and
 * documented properties). After an intended change, regenerate with
 * {@code -Dskiff.golden.update=true} and review the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Map<String, CompiledApi> COMPILED = new ConcurrentHashMap<>();

    static List<String[]> files() {
        return List.of(
                new String[] {"SkiffRoutes.java", "golden", "fixtures/golden/SkiffRoutes.java"},
                new String[] {"SkiffOperations.java", "golden", "fixtures/golden/SkiffOperations.java"},
                new String[] {"PetsApiInvokers.java", "golden", "fixtures/golden/PetsApiInvokers.java"},
                new String[] {"PetsApi_PetCodec.java", "golden", "fixtures/golden/PetsApi_PetCodec.java"},
                new String[] {"openapi.json", "golden", "fixtures/golden/openapi.json"},
                new String[] {"reflect-config.json", "golden", "META-INF/native-image/skiff/fixtures.golden/reflect-config.json"},
                new String[] {"resource-config.json", "golden", "META-INF/native-image/skiff/fixtures.golden/resource-config.json"},
                new String[] {"types17/openapi.json", "types17", "fixtures/types17/openapi.json"},
                new String[] {"types17/Page_Item_Codec.java", "types17", "fixtures/types17/Page_Item_Codec.java"},
                new String[] {"types17/Box_Item_Codec.java", "types17", "fixtures/types17/Box_Item_Codec.java"},
                new String[] {"types17/BlobCodec.java", "types17", "fixtures/types17/BlobCodec.java"},
                new String[] {"types17/reflect-config.json", "types17",
                        "META-INF/native-image/skiff/fixtures.types17/reflect-config.json"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void generatedFileMatchesGolden(String golden, String fixture, String generatedPath) throws IOException {
        StandardLocation location = generatedPath.endsWith(".java") ? StandardLocation.SOURCE_OUTPUT
                : StandardLocation.CLASS_OUTPUT;
        String actual = COMPILED.computeIfAbsent(fixture, CompiledApi::compile).generated(location, generatedPath);
        Goldens.assertMatches(GOLDEN.resolve(golden + ".txt"), actual);
    }
}
