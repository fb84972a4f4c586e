package dev.skiff.bench.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan of a synthetic API: {@code operations} operations spread over resources, each
 * resource taking one operation of each kind in turn, grouped into handler classes of
 * {@link #OPERATIONS_PER_CLASS}.
 *
 * <pre>{@code
 * SyntheticApi api = SyntheticApi.of("dev.skiff.bench.r100", 100, false);
 * }</pre>
 */
public record SyntheticApi(String packageName, List<SyntheticOperation> operations, boolean withBodies) {
    /** How many operations one handler class holds; real APIs split by resource similarly. */
    public static final int OPERATIONS_PER_CLASS = 50;

    public SyntheticApi {
        operations = List.copyOf(operations);
    }

    /** Plans {@code count} operations; with bodies every resource also gets a POST with a record body. */
    public static SyntheticApi of(String packageName, int count, boolean withBodies) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        OperationKind[] cycle = withBodies
                ? OperationKind.values()
                : new OperationKind[] {OperationKind.LIST, OperationKind.GET_ONE, OperationKind.GET_PART};
        List<SyntheticOperation> operations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            operations.add(new SyntheticOperation(i, i / cycle.length, cycle[i % cycle.length]));
        }
        return new SyntheticApi(packageName, operations, withBodies);
    }

    /** The operations of handler class {@code number}. */
    public List<SyntheticOperation> classOperations(int number) {
        int from = number * OPERATIONS_PER_CLASS;
        return operations.subList(from, Math.min(operations.size(), from + OPERATIONS_PER_CLASS));
    }

    /** How many handler classes the API has. */
    public int classCount() {
        return (operations.size() + OPERATIONS_PER_CLASS - 1) / OPERATIONS_PER_CLASS;
    }

    /** Zero-padded so that the processor's order (by qualified name) is the numeric order. */
    public static String handlerClassName(int number) {
        return String.format("Handlers%03d", number);
    }

    /** The body record of resource {@code resource}. */
    public static String bodyRecordName(int resource) {
        return "Res" + resource + "Body";
    }
}
