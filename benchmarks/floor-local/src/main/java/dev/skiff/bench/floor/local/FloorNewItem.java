package dev.skiff.bench.floor.local;

import java.math.BigDecimal;
import java.util.List;

/** A request to create an item, shaped like the sample's {@code NewItem}. */
public record FloorNewItem(String name, BigDecimal price, List<String> tags, FloorDimensions dimensions, String contactEmail) {}
