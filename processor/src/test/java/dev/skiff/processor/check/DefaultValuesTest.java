package dev.skiff.processor.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.ScalarKind;
import dev.skiff.processor.model.TypeModel;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultValuesTest {

    @ParameterizedTest
    @CsvSource({
        "INT,20,", "INT,2.5,expected an integer in the range of Integer",
        "INT,99999999999,expected an integer in the range of Integer",
        "LONG,99999999999,", "BOOLEAN,yes,", "BOOLEAN,maybe,expected a boolean such as true or false",
        "DOUBLE,1e3,", "BIG_DECIMAL,x,expected a number", "UUID,123e4567-e89b-12d3-a456-426614174000,",
        "UUID,nope,expected a UUID such as 123e4567-e89b-12d3-a456-426614174000", "LOCAL_DATE,2024-02-29,",
        "LOCAL_DATE,2023-02-30,expected a date such as 2024-01-31",
        "INSTANT,2024-01-01T00:00:00Z,", "CHAR,ab,expected a single character", "STRING,anything,"})
    void defaultsConvertAsTheRuntimeWould(ScalarKind kind, String text, String problem) {
        TypeModel type = new TypeModel.Scalar(kind, kind.boxed());
        assertThat(DefaultValues.problem(text, type)).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource({"RED,", "PINK,'expected one of RED, GREEN'"})
    void enumDefaultsMustNameAConstant(String text, String problem) {
        TypeModel color = new TypeModel.EnumRef(ClassName.get("x", "Color"), "x.Color", List.of("RED", "GREEN"));
        assertThat(DefaultValues.problem(text, color)).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource({"7,", "seven,expected an integer in the range of Integer"})
    void listDefaultsConvertAsTheirItem(String text, String problem) {
        TypeModel ints = new TypeModel.ArrayOf(
                com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(List.class), TypeName.INT.box()),
                new TypeModel.Scalar(ScalarKind.INT, TypeName.INT.box()), false);
        assertThat(DefaultValues.problem(text, ints)).isEqualTo(problem);
    }
}
