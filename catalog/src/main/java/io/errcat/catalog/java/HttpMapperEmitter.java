package io.errcat.catalog.java;

import com.palantir.javapoet.TypeSpec;

/** Emits {@code <Prefix>HttpMapper}. (Being written against the runtime's codec.) */
final class HttpMapperEmitter {
  private final Plan plan;

  HttpMapperEmitter(Plan plan) {
    this.plan = plan;
  }

  TypeSpec emit() {
    return TypeSpec.classBuilder(plan.mapper()).build();
  }
}
