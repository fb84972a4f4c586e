package dev.skiff.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.ApiInfoModel;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.PathTemplate;
import dev.skiff.processor.model.ResultModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.ScalarKind;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import java.util.List;
import java.util.Map;

/** Hand-built models for writer tests: no javac, no Elements. */
public final class Models {
    private Models() {}

    public static final ClassName HANDLER = ClassName.get("com.example", "ShopApi");

    public static ApiModel api(List<RouteModel> routes, Map<String, SchemaModel> schemas) {
        HandlerModel handler = new HandlerModel(HANDLER, "shopApi", null, true, false, false, routes, null);
        return new ApiModel(new ApiInfoModel("Shop", "1.0.0", "", "com.example", null), List.of(handler), schemas);
    }

    public static RouteModel route(String method, String template, String name, List<ParamModel> params, ResultModel result) {
        try {
            return new RouteModel(method, template, PathTemplate.parse(template), null, name, name, name, true, false,
                    List.of(), name, "", false, params, result, List.of(), null, null);
        } catch (PathTemplate.MalformedException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static ParamModel pathLong(String name, int index) {
        return new ParamModel(name, name, ParamSource.PATH, new TypeModel.Scalar(ScalarKind.LONG, TypeName.LONG), true,
                null, index, "", Map.of(), null);
    }

    public static ResultModel text() {
        return new ResultModel(ResultModel.Kind.JSON, new TypeModel.Scalar(ScalarKind.STRING, ClassName.get(String.class)),
                200);
    }
}
