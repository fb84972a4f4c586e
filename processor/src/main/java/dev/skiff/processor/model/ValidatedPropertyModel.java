package dev.skiff.processor.model;

import javax.lang.model.element.Element;

/**
 * A constrained or cascaded property of a validated type (its JSON schema is a {@link PropertyModel}).
 *
 * @param name     its Java name
 * @param jsonName its name in JSON ({@code @JsonProperty} respected), used in {@code loc}
 * @param accessor how generated code reads it: {@code name()}, {@code getName()} or
 *                 {@code name} (a field); null when it cannot be read without reflection
 * @param value    its value's checks
 * @param element  where it is declared, for diagnostics
 */
public record ValidatedPropertyModel(String name, String jsonName, String accessor, ValueModel value, Element element) {}
