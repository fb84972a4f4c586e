package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.operations.ApiOperation;
import dev.skiff.processor.model.RouteModel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated {@code SkiffOperations}: what a deployment reads about each operation. */
class OperationsTest {

    @Test
    void everyOperationIsAConstantInDocumentOrder() {
        CompiledApi api = CompiledApi.compile("golden");
        Class<?> operations = api.load("fixtures.golden.SkiffOperations");
        assertThat(operations.isEnum()).isTrue();
        List<String> described = Arrays.stream(operations.getEnumConstants())
                .map(o -> ((Enum<?>) o).name() + " " + describe((ApiOperation) o))
                .toList();
        assertThat(described).containsExactly(
                "LIST_PETS listPets GET /pets",
                "GET_PET getPet GET /pets/{id}",
                "ADD_PET addPet POST /pets",
                "REMOVE_PET removePet DELETE /pets/{id}",
                "FEED feed GET /pets/feed streams",
                "CARD card GET /pets/{id}/card",
                "PHOTO photo GET /pets/{id}/photo",
                "ARRIVALS arrivals GET /pets/arrivals streams",
                "UPLOAD_PHOTO uploadPhoto PUT /pets/{id}/photo",
                "RENAME rename POST /pets/{id}/name",
                "NOTES notes PUT /pets/{id}/notes");
    }

    @Test
    void anUnauthenticatedOperationTellsTheDeploymentToLeaveOutTheAuthorizer() {
        CompiledApi api = CompiledApi.compile("responses17/iam");
        Class<?> operations = api.load("fixtures.responses17.iam.SkiffOperations");
        List<String> open = Arrays.stream(operations.getEnumConstants())
                .map(o -> (ApiOperation) o)
                .filter(o -> !o.authenticated())
                .map(ApiOperation::operationId)
                .toList();
        // Only the operation the OpenAPI document shows with "security": [].
        assertThat(open).containsExactly("health");
        assertThat(operations.getEnumConstants()).hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @CsvSource({
            "createItem, CREATE_ITEM",
            "create-item, CREATE_ITEM",
            "getURLForPet, GET_URL_FOR_PET",
            "list_pets_v2, LIST_PETS_V2",
            "2fa, OP_2FA",
            "items.get, ITEMS_GET",
            "élémentSuivant, ÉLÉMENT_SUIVANT",
            "商品一覧, 商品一覧"})
    void constantsAreTheOperationIdsWordsInUpperCase(String operationId, String constant) {
        RouteModel route = new RouteModel("GET", "/x", null, null, operationId, "x", "x", true, false, List.of(), null,
                null, false, List.of(), null, List.of(), null, null);
        assertThat(route.operationConstant()).isEqualTo(constant);
    }

    private static String describe(ApiOperation op) {
        return op.operationId() + " " + op.method() + " " + op.path() + (op.streams() ? " streams" : "")
                + (op.authenticated() ? "" : " unauthenticated");
    }
}
