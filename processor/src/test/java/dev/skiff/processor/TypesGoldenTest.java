package dev.skiff.processor;


import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The document and codecs of the {@code types17} fixture (generic records and beans, byte[],
 * enum-keyed maps, type-use {@code @Nullable}, enum constants under their JSON names,
 * {@code @Deprecated} and documented properties), compared with golden files. Regenerate with
 * {@code -Dskiff.golden.update=true} and review the diff.
 */
class TypesGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/types17");
    private static final CompiledApi API = CompiledApi.compile("types17");

    static List<String[]> files() {
        return List.of(
                new String[] {"openapi.json", "fixtures/types17/openapi.json"},
                new String[] {"Page_Item_Codec.java", "fixtures/types17/Page_Item_Codec.java"},
                new String[] {"Box_Item_Codec.java", "fixtures/types17/Box_Item_Codec.java"},
                new String[] {"BlobCodec.java", "fixtures/types17/BlobCodec.java"},
                new String[] {"reflect-config.json", "META-INF/native-image/skiff/fixtures.types17/reflect-config.json"});
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
