package dev.skiff.processor.check;

import dev.skiff.processor.Diagnostics;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.TracedClassModel;
import dev.skiff.processor.model.ValidatedTypeModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The check stage: every rule of the model, reported through {@link Diagnostics}. Returns what
 * passed, for the writers: the API with its validators only when neither the read stage nor
 * any route or constraint rule reported an error; each traced class only when its own rules
 * passed (a traced class is independent of the API and of the other traced classes).
 */
public final class Checks {
    private final Diagnostics diagnostics;

    public Checks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The part of {@code model} that passed its checks. */
    public ApiModel check(ApiModel model) {
        if (model.hasApi()) {
            new ModelChecks(diagnostics).check(model);
            new CodecChecks(diagnostics).check(model);
            new OpenApiChecks(diagnostics).check(model);
        }
        ConstraintChecks constraints = new ConstraintChecks(diagnostics);
        for (ValidatedTypeModel type : model.validatedTypes()) {
            constraints.check(type);
        }
        for (HandlerModel handler : model.handlers()) {
            for (RouteModel route : handler.routes()) {
                for (ParamModel param : route.params()) {
                    if (param.constraints() != null && param.source() != ParamSource.BODY) {
                        constraints.checkParameter(param.constraints(), param.name());
                    }
                }
            }
        }
        // read-stage errors count too: a model read with errors is not written
        boolean apiPassed = !diagnostics.hasErrors();
        TracedChecks tracedChecks = new TracedChecks(diagnostics);
        List<TracedClassModel> traced = new ArrayList<>();
        for (TracedClassModel type : model.tracedClasses()) {
            int beforeType = diagnostics.errorCount();
            tracedChecks.check(type);
            if (diagnostics.errorCount() == beforeType) {
                traced.add(type);
            }
        }
        return (apiPassed ? model : model.withoutApi()).withTraced(traced);
    }
}
