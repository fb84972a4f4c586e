package dev.skiff.dev;

import dev.skiff.core.Application;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Calls the application's {@code public static Application create()} (or the named method) in
 * a fresh class loader.
 *
 * <p>This is the one place where Skiff looks a class up by name: a class compiled after the
 * dev server started can only be reached that way. It runs in dev mode only, in this module,
 * which production code never depends on; the router, binders and runtimes stay reflection-free.
 */
final class ApplicationFactory {
    private final String className;
    private final String methodName;

    /** @param target {@code com.example.ItemsApp} or {@code com.example.ItemsApp#create} */
    ApplicationFactory(String target) {
        int hash = target.indexOf('#');
        this.className = hash < 0 ? target : target.substring(0, hash);
        this.methodName = hash < 0 ? "create" : target.substring(hash + 1);
        if (className.isBlank() || methodName.isBlank()) {
            throw new IllegalArgumentException("--app must name a class, optionally with #method, got " + target);
        }
    }

    String describe() {
        return className + "." + methodName + "()";
    }

    Application create(ClassLoader loader) throws ReloadException {
        MethodHandle factory;
        try {
            Class<?> type = Class.forName(className, true, loader);
            factory = MethodHandles.publicLookup().findStatic(type, methodName, MethodType.methodType(Application.class));
        } catch (ClassNotFoundException e) {
            throw new ReloadException(className + " is not among the compiled classes; check --app", e);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new ReloadException(className + " needs a public static Application " + methodName
                    + "() that builds the application, such as: return SkiffRoutes.create(new ItemsApi(new ItemStore()));", e);
        } catch (LinkageError e) {
            throw new ReloadException(className + " could not be loaded: " + e, e);
        }
        try {
            Application application = (Application) factory.invoke();
            if (application == null) {
                throw new ReloadException(describe() + " returned null", null);
            }
            return application;
        } catch (ReloadException e) {
            throw e;
        } catch (Throwable e) {
            throw new ReloadException(describe() + " failed: " + e, e);
        }
    }
}
