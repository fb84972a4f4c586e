package dev.skiff.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A small immutable map that keeps its entries in the order given, for the {@code ctx} of
 * validation problems: generated validators build one per constraint, once, and every
 * {@link ValidationProblem} reporting that constraint shares it instead of copying it.
 *
 * <p>{@code Map<String, Object> ctx = FrozenMap.of("min", 0, "max", 80);}
 */
public final class FrozenMap extends AbstractMap<String, Object> {
    private final Object[] namesAndValues;

    private FrozenMap(Object[] namesAndValues) {
        this.namesAndValues = namesAndValues;
    }

    /** The map of these names and values, alternating, in this order; each name once. */
    public static FrozenMap of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate");
        }
        Object[] copy = namesAndValues.clone();
        for (int i = 0; i < copy.length; i += 2) {
            if (!(copy[i] instanceof String name) || indexOf(copy, i, name) >= 0) {
                throw new IllegalArgumentException("not a new name: " + copy[i]);
            }
        }
        return new FrozenMap(copy);
    }

    /** {@code map} itself when it is a FrozenMap, else a frozen copy in its iteration order. */
    public static FrozenMap copyOf(Map<String, ?> map) {
        if (map instanceof FrozenMap frozen) {
            return frozen;
        }
        Object[] namesAndValues = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            namesAndValues[i++] = entry.getKey();
            namesAndValues[i++] = entry.getValue();
        }
        return new FrozenMap(namesAndValues);
    }

    private static int indexOf(Object[] namesAndValues, int length, Object name) {
        for (int i = 0; i < length; i += 2) {
            if (namesAndValues[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return namesAndValues.length / 2;
    }

    @Override
    public boolean containsKey(Object name) {
        return name != null && indexOf(namesAndValues, namesAndValues.length, name) >= 0;
    }

    @Override
    public Object get(Object name) {
        int i = name == null ? -1 : indexOf(namesAndValues, namesAndValues.length, name);
        return i < 0 ? null : namesAndValues[i + 1];
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return namesAndValues.length / 2;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < namesAndValues.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= namesAndValues.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = new SimpleImmutableEntry<>((String) namesAndValues[next],
                                namesAndValues[next + 1]);
                        next += 2;
                        return entry;
                    }
                };
            }
        };
    }
}
