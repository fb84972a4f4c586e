package dev.skiff.support;

/** Turns the text of a path, query, header or cookie value into a typed value. */
@FunctionalInterface
public interface Converter<T> {
    /** The converted value; throws {@link dev.skiff.support.json.Refusal} when the text does not fit. */
    T convert(String text);
}
