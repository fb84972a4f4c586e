package dev.skiff.bench.floor.local;

/** An item's size in centimetres, shaped like the sample's {@code Dimensions}. */
public record FloorDimensions(double width, double height, double depth) {}
