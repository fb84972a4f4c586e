package dev.skiff.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.core.ValidationProblem;
import dev.skiff.support.json.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConvertersTest {
    enum Color { RED, GREEN, BLUE }

    @Test
    void integersParseLikePydantic() {
        assertThat(Converters.INT.convert("42")).isEqualTo(42);
        assertThat(Converters.INT.convert(" 7 ")).isEqualTo(7);
        assertThat(Converters.LONG.convert("3.0")).isEqualTo(3L);
        assertThatThrownBy(() -> Converters.INT.convert("abc"))
                .isInstanceOf(Refusal.class)
                .hasMessage("Input should be a valid integer, unable to parse string as an integer")
                .extracting(e -> ((Refusal) e).type()).isEqualTo("int_parsing");
        // pydantic parses a string as an integer (whole "3.0" included), never through a float
        assertThatThrownBy(() -> Converters.INT.convert("1.5"))
                .extracting(e -> ((Refusal) e).type()).isEqualTo("int_parsing");
        // Java's int is pydantic's conint(ge=-2**31, le=2**31-1)
        assertThatThrownBy(() -> Converters.INT.convert("3000000000"))
                .hasMessage("Input should be less than or equal to 2147483647")
                .extracting(e -> ((Refusal) e).type()).isEqualTo("less_than_equal");
    }

    @Test
    void booleansAcceptPydanticSpellings() {
        assertThat(Converters.BOOLEAN.convert("yes")).isTrue();
        assertThat(Converters.BOOLEAN.convert("0")).isFalse();
        assertThatThrownBy(() -> Converters.BOOLEAN.convert("maybe"))
                .hasMessage("Input should be a valid boolean, unable to interpret input");
    }

    @Test
    void enumsListTheExpectedValues() {
        Converter<Color> color = Converters.enumOf(Color.values());
        assertThat(color.convert("GREEN")).isEqualTo(Color.GREEN);
        assertThatThrownBy(() -> color.convert("PINK"))
                .hasMessage("Input should be 'RED', 'GREEN' or 'BLUE'");
    }

    @Test
    void otherScalarsConvert() {
        UUID id = UUID.randomUUID();
        assertThat(Converters.UUID_VALUE.convert(id.toString())).isEqualTo(id);
        assertThat(Converters.LOCAL_DATE.convert("2026-11-28")).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(Converters.BIG_DECIMAL.convert("12.50")).isEqualTo(new BigDecimal("12.50"));
        assertThatThrownBy(() -> Converters.UUID_VALUE.convert("not-a-uuid"))
                .extracting(e -> ((Refusal) e).type()).isEqualTo("uuid_parsing");
    }

    @Test
    void paramsRecordEveryProblemWithItsLocation() {
        Problems problems = new Problems();
        Integer limit = Params.required("x", Converters.INT, List.of("query", "limit"), problems);
        String q = Params.required(null, Converters.STRING, List.of("query", "q"), problems);
        List<Integer> ids = Params.all(List.of("1", "two", "3"), Converters.INT, List.of("query", "ids"),
                problems, new ArrayList<>());

        assertThat(limit).isNull();
        assertThat(q).isNull();
        assertThat(ids).containsExactly(1, 3);
        assertThat(problems.list()).extracting(ValidationProblem::type, ValidationProblem::loc, ValidationProblem::input)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("int_parsing", List.of("query", "limit"), "x"),
                        org.assertj.core.groups.Tuple.tuple("missing", List.of("query", "q"), null),
                        org.assertj.core.groups.Tuple.tuple("int_parsing", List.of("query", "ids", 1), "two"));
    }

    @Test
    void defaultsApplyOnlyWhenAbsent() {
        Problems problems = new Problems();
        assertThat(Params.withDefault(null, Converters.INT, List.of("query", "limit"), problems, 20)).isEqualTo(20);
        assertThat(Params.withDefault("5", Converters.INT, List.of("query", "limit"), problems, 20)).isEqualTo(5);
        assertThat(problems.any()).isFalse();
    }
}
