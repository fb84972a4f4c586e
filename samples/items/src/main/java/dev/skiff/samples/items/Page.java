package dev.skiff.samples.items;

import java.util.List;

/**
 * One page of a longer list. The document describes it once for each type of value a page
 * holds, named as FastAPI names them: Page_Item_ for a page of items.
 *
 * <pre>{@code
 * Page<Item> first = new Page<>(items.subList(0, 20), items.size(), 20);
 * }</pre>
 *
 * @param items      the values on this page
 * @param total      how many values there are in all
 * @param nextOffset the offset of the next page, or null on the last one
 */
public record Page<T>(List<T> items, int total, @Nullable Integer nextOffset) {}
