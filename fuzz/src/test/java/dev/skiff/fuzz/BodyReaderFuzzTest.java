package dev.skiff.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.skiff.core.JsonValues;
import dev.skiff.core.StatusException;
import dev.skiff.core.ValidationProblem;
import dev.skiff.samples.items.Adjustment;
import dev.skiff.samples.items.AdjustmentCodec;
import dev.skiff.samples.items.AdjustmentValidator;
import dev.skiff.samples.items.Item;
import dev.skiff.samples.items.ItemCodec;
import dev.skiff.samples.items.NewItem;
import dev.skiff.samples.items.NewItemCodec;
import dev.skiff.samples.items.NewItemValidator;
import dev.skiff.samples.items.Page;
import dev.skiff.samples.items.Page_Item_Codec;
import dev.skiff.support.Bodies;
import dev.skiff.support.Problems;
import dev.skiff.support.json.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON body readers the processor generated for the sample (a record with optional, defaulted
 * and nested properties, a tagged union, a generic page of records), read as a binder reads them:
 * any body either gives a value and no problem, or no value and problems that become one 422 (each
 * at a {@code loc} under {@code body}, in pydantic's words, naming no Java or Jackson class), or a
 * 400 for a body that is not even text; the generated validator then runs on it without throwing.
 * A value it gives, written by the same codec and read again, is equal (what a client that echoes
 * a response back sends).
 *
 * <p>Input: the request body as sent, JSON or not.
 */
class BodyReaderFuzzTest {
    private static final List<Object> BODY = List.of("body");

    @FuzzTest(maxDuration = "2m")
    void newItem(byte[] body) {
        NewItem item = check(body, NewItemCodec.INSTANCE);
        Problems problems = new Problems();
        NewItemValidator.validate(item, BODY, problems);
        checkProblems(problems.list(), body);
    }

    @FuzzTest(maxDuration = "2m")
    void adjustment(byte[] body) {
        Adjustment adjustment = check(body, AdjustmentCodec.INSTANCE);
        Problems problems = new Problems();
        AdjustmentValidator.validate(adjustment, BODY, problems);
        checkProblems(problems.list(), body);
    }

    @FuzzTest(maxDuration = "2m")
    void itemPage(byte[] body) {
        Page<Item> page = check(body, Page_Item_Codec.INSTANCE);
        if (page != null) {
            // the items of a page read with the item codec alone are the same items
            for (Item item : page.items()) {
                assertThat(check(write(ItemCodec.INSTANCE, item), ItemCodec.INSTANCE)).isEqualTo(item);
            }
        }
    }

    /** The value read, or null after checking the problems (or the 400) that stand for it. */
    private static <T> T check(byte[] body, JsonCodec<T> codec) {
        Problems problems = new Problems();
        T value;
        try {
            value = Bodies.read(Requests.post("application/json", body), codec, true, problems);
        } catch (StatusException notText) {
            assertThat(notText.status()).as("a body that cannot be decoded is FastAPI's 400").isEqualTo(400);
            return null;
        }
        if (value == null) {
            assertThat(problems.list()).as("a body read as nothing says why").isNotEmpty();
            checkProblems(problems.list(), body);
            return null;
        }
        assertThat(problems.list()).isEmpty();
        byte[] written = write(codec, value);
        Problems again = new Problems();
        T reread = Bodies.read(Requests.post("application/json", written), codec, true, again);
        assertThat(again.list()).as("%s written as %s", value, utf8(written)).isEmpty();
        assertThat(reread).as("%s written as %s", value, utf8(written)).isEqualTo(value);
        assertThat(utf8(write(codec, reread))).isEqualTo(utf8(written));
        return value;
    }

    static void checkProblems(List<ValidationProblem> problems, byte[] sent) {
        String input = new String(sent, StandardCharsets.UTF_8);
        for (ValidationProblem problem : problems) {
            assertThat(problem.type()).matches("[a-z_]+");
            assertThat(problem.loc()).as("%s", problem).isNotEmpty().startsWith("body");
            Leaks.assertNone(problem.msg() + " " + problem.ctx(), input, problem.toString());
        }
    }

    private static <T> byte[] write(JsonCodec<T> codec, T value) {
        try {
            return JsonValues.toBytes(codec, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
