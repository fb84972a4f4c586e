package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.api.Tracing;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code @Traced} woven into generated subclasses: calling a traced method through the subclass
 * records a subsegment, passes its result and its exceptions through unchanged, and runs it
 * plainly when nothing is traced. Reflection here is the test's, to call classes compiled in memory.
 */
class TracedWeavingTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/traced/TracedInventory.java.txt");
    private static final CompiledApi COMPILED = CompiledApi.compile("traced");

    private final RecordingTracing tracing = new RecordingTracing();

    @Test
    void generatedSubclassMatchesGolden() throws IOException {
        String actual = COMPILED.generated(StandardLocation.SOURCE_OUTPUT, "fixtures/traced/TracedInventory.java");
        Goldens.assertMatches(GOLDEN, actual);
    }

    @Test
    void tracedMethod_recordsSubsegmentNamedAfterTheMethod_andReturnsItsResult() throws Exception {
        Object inventory = inventory("lamp", "chair");

        Object name = traced(() -> call(inventory, "name", new Class<?>[] {int.class}, 1));

        assertThat(name).isEqualTo("chair");
        assertThat(tracing.ended).containsExactly(new RecordingTracing.Subsegment("## name", null));
    }

    @Test
    void annotationValue_namesTheSubsegment() throws Exception {
        Object inventory = inventory("lamp");

        Object loaded = traced(() -> call(inventory, "load", new Class<?>[] {String.class}, "/tmp/items"));

        assertThat(loaded).isEqualTo(List.of("lamp"));
        assertThat(tracing.names()).containsExactly("## loadFromDisk");
    }

    @Test
    void checkedException_isRecordedAndRethrownUnchanged() {
        Object inventory = inventory("lamp");

        assertThatThrownBy(() -> traced(() -> call(inventory, "load", new Class<?>[] {String.class}, "")))
                .isInstanceOf(IOException.class).hasMessage("no path");

        assertThat(tracing.ended).singleElement().satisfies(subsegment -> {
            assertThat(subsegment.name()).isEqualTo("## loadFromDisk");
            assertThat(subsegment.failure()).isInstanceOf(IOException.class).hasMessage("no path");
        });
    }

    @Test
    void oneOfSeveralCheckedExceptions_isRethrownAsItself() {
        Object inventory = inventory("lamp");

        assertThatThrownBy(() -> traced(() -> call(inventory, "count", new Class<?>[] {boolean.class}, true)))
                .isInstanceOf(TimeoutException.class).hasMessage("too slow");
        assertThat(tracing.ended.get(0).failure()).isInstanceOf(TimeoutException.class);
    }

    @Test
    void uncheckedException_isRecordedAndRethrown() {
        Object inventory = inventory("lamp");

        assertThatThrownBy(() -> traced(() -> call(inventory, "name", new Class<?>[] {int.class}, 5)))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(tracing.ended.get(0).failure()).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void voidGenericAndPackagePrivateMethods_areTraced_untracedOnesAreNot() throws Exception {
        Object inventory = inventory("lamp", "chair");

        traced(() -> {
            call(inventory, "untraced", new Class<?>[0]);
            assertThat(call(inventory, "first", new Class<?>[] {Class.class}, String.class)).isEqualTo("lamp");
            assertThat(call(inventory, "count", new Class<?>[] {boolean.class}, false)).isEqualTo(2);
            call(inventory, "clear", new Class<?>[0]);
            return call(inventory, "untraced", new Class<?>[0]);
        });

        assertThat(tracing.names()).containsExactly("## first", "## count", "## clear");
        assertThat(call(inventory, "untraced", new Class<?>[0])).isEqualTo(0);
    }

    @Test
    void withoutBackend_theMethodSimplyRuns() throws Exception {
        Object inventory = inventory("lamp");

        assertThat(call(inventory, "name", new Class<?>[] {int.class}, 0)).isEqualTo("lamp");
        assertThat(tracing.ended).isEmpty();
    }

    @Test
    void genericAndNestedClasses_areWovenToo() throws Exception {
        Object cache = COMPILED.load("fixtures.traced.TracedCache").getConstructor().newInstance();
        Object audit = COMPILED.load("fixtures.traced.TracedServices_Audit").getConstructor().newInstance();

        Object got = traced(() -> {
            call(cache, "put", new Class<?>[] {Comparable.class, Object.class}, "k", "v");
            return call(cache, "get", new Class<?>[] {Comparable.class}, "k");
        });
        Object recorded = traced(() -> call(audit, "record", new Class<?>[] {String.class}, "login"));

        assertThat(got).isEqualTo("v");
        assertThat(recorded).isEqualTo("recorded login");
        assertThat(tracing.names()).containsExactly("## put", "## get", "## audit");
        assertThat(COMPILED.load("fixtures.traced.Cache")).isAssignableFrom(cache.getClass());
    }

    @Test
    void constructorsAreMirrored_exceptPrivateOnes() {
        Class<?> traced = COMPILED.load("fixtures.traced.TracedInventory");

        assertThat(traced.getDeclaredConstructors()).extracting(c -> List.of(c.getParameterTypes()))
                .containsExactlyInAnyOrder(List.of(), List.of(List.class), List.of(String.class, String[].class));
        assertThat(COMPILED.load("fixtures.traced.Inventory")).isAssignableFrom(traced);
    }

    /** The traced subclass, built with its {@code (List)} constructor. */
    private static Object inventory(String... names) {
        try {
            return COMPILED.load("fixtures.traced.TracedInventory").getConstructor(List.class)
                    .newInstance(new java.util.ArrayList<>(List.of(names)));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private Object traced(Tracing.Work<Object, Exception> work) throws Exception {
        try (Tracing.Installed installed = Tracing.install(tracing)) {
            return work.run();
        }
    }

    /** Calls a method as compiled code would, unwrapping what the method threw. */
    private static Object call(Object target, String name, Class<?>[] types, Object... args) throws Exception {
        Method method = findMethod(target.getClass(), name, types);
        method.setAccessible(true);
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception exception) {
                throw exception;
            }
            throw (Error) e.getCause();
        }
    }

    private static Method findMethod(Class<?> type, String name, Class<?>[] types) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, types);
            } catch (NoSuchMethodException ignored) {
                // declared higher up
            }
        }
        throw new NoSuchMethodException(name);
    }
}
