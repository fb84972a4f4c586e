package dev.skiff.processor;

import dev.skiff.processor.model.ApiModel;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * A step between reading and checking that refines the model, such as constraint support
 * adding JSON Schema keywords to parameters and properties from their annotations (through
 * {@code ParamModel.element()} and {@code PropertyModel.element()}). It may report its own
 * errors; nothing is written when any step reported one.
 */
@FunctionalInterface
public interface ModelExtension {
    ApiModel extend(ApiModel api, ProcessingEnvironment env, Diagnostics diagnostics);
}
