package dev.skiff.processor.model;

/** An OpenAPI tag: its name and description (empty when none). */
public record TagModel(String name, String description) {}
