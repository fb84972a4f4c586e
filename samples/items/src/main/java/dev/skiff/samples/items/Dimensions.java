package dev.skiff.samples.items;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;

/**
 * An item's size in centimetres.
 *
 * <pre>{@code
 * new Dimensions(20.0, 10.5, 3.0)
 * }</pre>
 *
 * @param width  width in centimetres
 * @param height height in centimetres
 * @param depth  depth in centimetres
 */
public record Dimensions(
        @Positive @DecimalMax("1000") double width,
        @Positive @DecimalMax("1000") double height,
        @Positive @DecimalMax("1000") double depth) {}
