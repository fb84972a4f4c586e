package dev.skiff.lambda.observability.logging;

import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.spi.MDCAdapter;

/**
 * The MDC of Skiff's SLF4J provider: a map per thread, that the log line formatter reads in place
 * instead of copying it per line, and that {@link #clear()} empties rather than drops, so the next
 * invocation fills the same map (a copy taken after a clear is therefore an empty map where
 * SLF4J's adapter gives null). Unlike SLF4J's {@code BasicMDCAdapter}, a thread started during an
 * invocation does not inherit it: a pool thread started by invocation A would otherwise log A's
 * request and correlation ids for every later invocation (log4j2 does not inherit by default
 * either). Hand values over explicitly ({@code MDC.getCopyOfContextMap()} / {@code setContextMap}).
 * Keyed stacks ({@code MDC.pushByKey}) are SLF4J's own.
 *
 * <pre>{@code
 * MDC.put("tenant", "acme");   // through SLF4J, as always
 * }</pre>
 */
final class SkiffMdcAdapter implements MDCAdapter {
    private final ThreadLocal<Map<String, String>> maps = new ThreadLocal<>();
    /** Only its keyed stacks are used; its own map stays empty. */
    private final BasicMDCAdapter stacks = new BasicMDCAdapter();

    /** The thread's MDC, read in place by the formatter; null or empty when nothing is set. */
    Map<String, String> current() {
        return maps.get();
    }

    @Override
    public void put(String key, String value) {
        if (key == null) {
            throw new IllegalArgumentException("key cannot be null");
        }
        Map<String, String> map = maps.get();
        if (map == null) {
            map = new HashMap<>();
            maps.set(map);
        }
        map.put(key, value);
    }

    @Override
    public String get(String key) {
        Map<String, String> map = maps.get();
        return map == null || key == null ? null : map.get(key);
    }

    @Override
    public void remove(String key) {
        Map<String, String> map = maps.get();
        if (map != null) {
            map.remove(key);
        }
    }

    @Override
    public void clear() {
        Map<String, String> map = maps.get();
        if (map != null) {
            map.clear();
        }
    }

    @Override
    public Map<String, String> getCopyOfContextMap() {
        Map<String, String> map = maps.get();
        return map == null ? null : new HashMap<>(map);
    }

    @Override
    public void setContextMap(Map<String, String> contextMap) {
        maps.set(contextMap == null ? null : new HashMap<>(contextMap));
    }

    @Override
    public void pushByKey(String key, String value) {
        stacks.pushByKey(key, value);
    }

    @Override
    public String popByKey(String key) {
        return stacks.popByKey(key);
    }

    @Override
    public Deque<String> getCopyOfDequeByKey(String key) {
        return stacks.getCopyOfDequeByKey(key);
    }

    @Override
    public void clearDequeByKey(String key) {
        stacks.clearDequeByKey(key);
    }
}
