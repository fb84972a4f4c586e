package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.Application;
import dev.skiff.processor.CompiledApi.Reply;
import org.junit.jupiter.api.Test;

/**
 * The pydantic error types the sample's model cannot show, through a generated codec, compared
 * with the bodies FastAPI returns for the same model in Python:
 *
 * <pre>
 * class Color(str, Enum): RED = "RED"; GREEN = "GREEN"; BLUE = "BLUE"
 * class Order(BaseModel):
 *     quantity: conint(ge=-2**31, le=2**31 - 1)
 *     gift: bool
 *     color: Color
 *     id: UUID
 *     placed: AwareDatetime
 *     due: date
 *     counts: dict[str, int]
 * </pre>
 *
 * The messages are pydantic's (pydantic-core's templates; speedate's and the uuid crate's
 * reasons), as {@code LaxScalars} documents.
 */
class PydanticErrorsTest {
    private static final Application APP = CompiledApi.compile("pydantic")
            .application("fixtures.pydantic", "fixtures.pydantic.OrdersApi");

    private static String problems(String body) {
        Reply reply = CompiledApi.sendJson(APP, "POST", "/orders", body);
        assertThat(reply.status()).isEqualTo(422);
        return reply.body();
    }

    @Test
    void valuesOfTheWrongKind_oneProblemEach() {
        assertThat(problems("""
                {"quantity": 1.5, "gift": "maybe", "color": "PINK", "id": "not-a-uuid",
                 "placed": "2024-13-01T00:00:00Z", "due": "2024-02-30", "counts": {"a": "x", "b": 2}}"""))
                .isEqualTo("{\"detail\":["
                        + "{\"type\":\"int_from_float\",\"loc\":[\"body\",\"quantity\"],\"msg\":\"Input should be a valid integer, got a number with a fractional part\",\"input\":1.5},"
                        + "{\"type\":\"bool_parsing\",\"loc\":[\"body\",\"gift\"],\"msg\":\"Input should be a valid boolean, unable to interpret input\",\"input\":\"maybe\"},"
                        + "{\"type\":\"enum\",\"loc\":[\"body\",\"color\"],\"msg\":\"Input should be 'RED', 'GREEN' or 'BLUE'\",\"input\":\"PINK\",\"ctx\":{\"expected\":\"'RED', 'GREEN' or 'BLUE'\"}},"
                        + "{\"type\":\"uuid_parsing\",\"loc\":[\"body\",\"id\"],\"msg\":\"Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1\",\"input\":\"not-a-uuid\",\"ctx\":{\"error\":\"invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1\"}},"
                        + "{\"type\":\"datetime_from_date_parsing\",\"loc\":[\"body\",\"placed\"],\"msg\":\"Input should be a valid datetime or date, month value is outside expected range of 1-12\",\"input\":\"2024-13-01T00:00:00Z\",\"ctx\":{\"error\":\"month value is outside expected range of 1-12\"}},"
                        + "{\"type\":\"date_from_datetime_parsing\",\"loc\":[\"body\",\"due\"],\"msg\":\"Input should be a valid date or datetime, day value is outside expected range\",\"input\":\"2024-02-30\",\"ctx\":{\"error\":\"day value is outside expected range\"}},"
                        + "{\"type\":\"int_parsing\",\"loc\":[\"body\",\"counts\",\"a\"],\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"x\"}"
                        + "]}");
    }

    @Test
    void valuesOfTheWrongJsonType_areThatTypesProblem() {
        assertThat(problems("""
                {"quantity": "many", "gift": [], "color": 1, "id": 5, "placed": "2024-01-01T00:00:00",
                 "due": "2024-01-01", "counts": []}"""))
                .isEqualTo("{\"detail\":["
                        + "{\"type\":\"int_parsing\",\"loc\":[\"body\",\"quantity\"],\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"many\"},"
                        + "{\"type\":\"bool_type\",\"loc\":[\"body\",\"gift\"],\"msg\":\"Input should be a valid boolean\",\"input\":[]},"
                        + "{\"type\":\"enum\",\"loc\":[\"body\",\"color\"],\"msg\":\"Input should be 'RED', 'GREEN' or 'BLUE'\",\"input\":1,\"ctx\":{\"expected\":\"'RED', 'GREEN' or 'BLUE'\"}},"
                        + "{\"type\":\"uuid_type\",\"loc\":[\"body\",\"id\"],\"msg\":\"UUID input should be a string, bytes or UUID object\",\"input\":5},"
                        + "{\"type\":\"timezone_aware\",\"loc\":[\"body\",\"placed\"],\"msg\":\"Input should have timezone info\",\"input\":\"2024-01-01T00:00:00\"},"
                        + "{\"type\":\"dict_type\",\"loc\":[\"body\",\"counts\"],\"msg\":\"Input should be a valid dictionary\",\"input\":[]}"
                        + "]}");
    }

    @Test
    void javasBoundsAreAConstrainedInt_andNullIsNoInteger() {
        assertThat(problems("""
                {"quantity": 2147483648, "gift": true, "color": "RED", "id": "123e4567-e89b-12d3-a456-426614174000",
                 "placed": "2024-01-01T00:00:00Z", "due": "2024-01-01", "counts": {"a": null}}"""))
                .isEqualTo("{\"detail\":["
                        + "{\"type\":\"less_than_equal\",\"loc\":[\"body\",\"quantity\"],\"msg\":\"Input should be less than or equal to 2147483647\",\"input\":2147483648,\"ctx\":{\"le\":2147483647}},"
                        + "{\"type\":\"int_type\",\"loc\":[\"body\",\"counts\",\"a\"],\"msg\":\"Input should be a valid integer\",\"input\":null}"
                        + "]}");
    }

    @Test
    void laxCoercionsPydanticAllows_areAccepted() {
        Reply reply = CompiledApi.sendJson(APP, "POST", "/orders", """
                {"quantity": "3", "gift": "yes", "color": "GREEN", "id": "123E4567-E89B-12D3-A456-426614174000",
                 "placed": 1700000000, "due": "2024-01-31", "counts": {"a": 2.0}}""");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"quantity\":3,\"gift\":true,\"color\":\"GREEN\","
                + "\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"placed\":\"2023-11-14T22:13:20Z\","
                + "\"due\":\"2024-01-31\",\"counts\":{\"a\":2}}");
    }
}
