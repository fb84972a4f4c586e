package dev.skiff.processor;


import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A representative generated validator (properties, containers, cascades, a custom constraint)
 * compared with its golden file. After an intended change, regenerate with
 * {@code -Dskiff.golden.update=true} and review the diff.
 */
class ValidatorGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/validation/NewItemValidator.java.txt");

    @Test
    void newItemValidatorMatchesGolden() throws IOException {
        Compilation compilation = Compiler.javac().withProcessors(new SkiffProcessor()).withOptions("-A" + SkiffProcessor.VALIDATORS_OPTION + "=all").compile(
                JavaFileObjects.forResource("fixtures/validation/items/NewItem.java"),
                JavaFileObjects.forResource("fixtures/validation/items/WordCount.java"),
                JavaFileObjects.forResource("fixtures/validation/items/WordCountValidator.java"));
        String actual = compilation.generatedSourceFile("test.items.NewItemValidator").orElseThrow()
                .getCharContent(true).toString();
        Goldens.assertMatches(GOLDEN, actual);
    }
}
