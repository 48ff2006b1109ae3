package io.errcat.catalog.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.model.Naming;
import io.errcat.runtime.ErrcatException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Naming#EXCEPTION_MEMBERS}, which the checker (EC048) and the names table use to step a
 * factory around the generated exception's own members, is exactly those members: every method a
 * generated exception has that is not one of its typed factories, read off a compiled one
 * (its own of any visibility, and the visible ones of {@link ErrcatException}, {@code Throwable}
 * and {@code Object}).
 */
class ExceptionMembersTest {
  @Test
  void theListIsTheGeneratedExceptionsRealMembers(@TempDir Path dir) {
    LoadResult r = Engine.load(Path.of("src/test/resources/golden/mini.yaml"), "mini.yaml");
    var catalog = r.catalog().orElseThrow();
    Plan plan = Plan.of(catalog, JavaOptions.defaults());
    Compiled compiled = Compiled.of(dir, Engine.generateJava(catalog, JavaOptions.defaults()),
        Compiled.STRICT_LINT);
    Class<?> ex = compiled.type(plan.exception().reflectionName());
    Set<String> factories = new TreeSet<>();
    plan.codes().forEach(c -> factories.add(c.factory()));
    Set<String> members = new TreeSet<>();
    for (Class<?> c = ex; c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        // the generated class's own methods of any visibility share its namespace
        boolean visible = c == ex || Modifier.isPublic(m.getModifiers())
            || Modifier.isProtected(m.getModifiers());
        if (visible && !m.isSynthetic() && !(c == ex && factories.contains(m.getName()))) {
          members.add(m.getName());
        }
      }
    }
    assertEquals(members, new TreeSet<>(Naming.EXCEPTION_MEMBERS));
  }
}
