package io.errcat.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The catalogs of an application, found through {@link ServiceLoader} ({@link CatalogBinding}):
 * how a framework adapter goes from any generated exception, error code or catalog id to the
 * catalog's codec, for any number of catalogs in one application.
 *
 * <p>Lookups by type walk up the exception's class hierarchy, so a subclass of a generated
 * exception finds its catalog. A provider that cannot be loaded (a class missing from a broken
 * jar) is skipped and reported in {@link #problems()}, never thrown. Immutable and thread-safe.
 */
public final class CatalogRegistry {
  private static final Comparator<CatalogBinding<?>> ORDER =
      Comparator.<CatalogBinding<?>, String>comparing(CatalogBinding::id)
          .thenComparing(b -> b.getClass().getName());

  private final List<CatalogBinding<?>> bindings;
  private final List<String> problems;
  private final ClassValue<Optional<CatalogBinding<?>>> byException = new ClassValue<>() {
    @Override
    protected Optional<CatalogBinding<?>> computeValue(Class<?> type) {
      for (Class<?> c = type; c != null && c != ErrcatException.class; c = c.getSuperclass()) {
        for (CatalogBinding<?> b : bindings) {
          if (b.exceptionType() == c) {
            return Optional.of(b);
          }
        }
      }
      return Optional.empty();
    }
  };

  private CatalogRegistry(List<CatalogBinding<?>> bindings, List<String> problems) {
    List<CatalogBinding<?>> sorted = new ArrayList<>(bindings);
    sorted.sort(ORDER);
    this.bindings = List.copyOf(sorted);
    this.problems = List.copyOf(problems);
  }

  /**
   * The catalogs that generated code lists on a class loader's path.
   *
   * @param loader the class loader, or {@code null} for the system class loader
   * @return the registry
   */
  public static CatalogRegistry load(ClassLoader loader) {
    List<CatalogBinding<?>> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    @SuppressWarnings("rawtypes")
    Iterator<CatalogBinding> it = ServiceLoader.load(CatalogBinding.class, loader).iterator();
    // Bounded: each step either yields a provider or reports one broken entry.
    for (int i = 0; i < 100_000; i++) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError | LinkageError e) {
        problems.add(String.valueOf(e.getMessage()));
      }
    }
    return new CatalogRegistry(found, problems);
  }

  /**
   * A registry of the given catalogs only (tests, or an application that wants to choose).
   *
   * @param bindings the catalogs
   * @return the registry
   */
  public static CatalogRegistry of(List<? extends CatalogBinding<?>> bindings) {
    for (CatalogBinding<?> b : bindings) {
      Objects.requireNonNull(b, "binding");
    }
    return new CatalogRegistry(List.copyOf(bindings), List.of());
  }

  /**
   * Every catalog, ordered by id.
   *
   * @return the catalogs
   */
  public List<CatalogBinding<?>> all() {
    return bindings;
  }

  /**
   * What could not be loaded: one message per broken service entry.
   *
   * @return the messages, empty when all loaded
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * The catalog of an id.
   *
   * @param id the catalog id, e.g. {@code faas}
   * @return the catalog (the first by class name when two generated APIs share an id)
   */
  public Optional<CatalogBinding<?>> byId(String id) {
    for (CatalogBinding<?> b : bindings) {
      if (b.id().equals(id)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /**
   * The catalog an exception belongs to.
   *
   * @param exception a generated exception (or a subclass of one)
   * @return its catalog, or empty for an exception of no registered catalog
   */
  public Optional<CatalogBinding<?>> forException(ErrcatException exception) {
    return exception == null ? Optional.empty() : byException.get(exception.getClass());
  }

  /**
   * The catalog whose generated exception is exactly a type: what a client needs to decode
   * responses into that type.
   *
   * @param <E> the exception type
   * @param type e.g. {@code FunctionComputeException.class}
   * @return the catalog
   * @throws IllegalArgumentException when no catalog on the path generated that type
   */
  @SuppressWarnings("unchecked") // exceptionType() == type
  public <E extends ErrcatException> CatalogBinding<E> require(Class<E> type) {
    for (CatalogBinding<?> b : bindings) {
      if (b.exceptionType() == type) {
        return (CatalogBinding<E>) b;
      }
    }
    throw new IllegalArgumentException("no errcat catalog generated " + type.getName()
        + " (looked for META-INF/services/" + CatalogBinding.class.getName() + " entries"
        + (problems.isEmpty() ? "" : "; unloadable: " + problems) + ")");
  }

  /**
   * The catalog whose generated exception is a type, found through {@code ServiceLoader} on the
   * type's own class loader, once per type: what every client adapter's {@code of(Class)} uses.
   *
   * @param <E> the exception type
   * @param type e.g. {@code FunctionComputeException.class}
   * @return the catalog
   * @throws IllegalArgumentException when no catalog on the type's class path generated it
   */
  @SuppressWarnings("unchecked") // BY_TYPE holds, for each type, the binding of that type
  public static <E extends ErrcatException> CatalogBinding<E> binding(Class<E> type) {
    return (CatalogBinding<E>) BY_TYPE.get(type);
  }

  // per class, held as weakly as the class itself: no leak when an application is undeployed
  private static final ClassValue<CatalogBinding<?>> BY_TYPE = new ClassValue<>() {
    @Override
    @SuppressWarnings("unchecked") // only exception types are asked for
    protected CatalogBinding<?> computeValue(Class<?> type) {
      return load(type.getClassLoader()).require((Class<? extends ErrcatException>) type);
    }
  };

  /**
   * The catalog an error code belongs to.
   *
   * @param error a generated error code
   * @return its catalog, or empty
   */
  public Optional<CatalogBinding<?>> forError(ErrorCode error) {
    if (error != null) {
      for (CatalogBinding<?> b : bindings) {
        if (b.errorType().isInstance(error)) {
          return Optional.of(b);
        }
      }
    }
    return Optional.empty();
  }
}
