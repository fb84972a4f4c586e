package dev.skiff.processor.model;

import javax.lang.model.element.Element;

/**
 * {@code @ApiInfo}'s values, or the defaults; {@code element} is the annotated class, or null.
 * The package is where the generated entry point goes.
 */
public record ApiInfoModel(String title, String version, String description, String packageName, Element element) {
    public static final String DEFAULT_TITLE = "API";
    public static final String DEFAULT_VERSION = "0.1.0";
}
