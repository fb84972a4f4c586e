package dev.skiff.samples.items;

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
public record Dimensions(double width, double height, double depth) {}
