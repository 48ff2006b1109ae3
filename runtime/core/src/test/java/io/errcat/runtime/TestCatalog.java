package io.errcat.runtime;

import java.util.Optional;

/** What a generated {@code <Prefix>Catalog} looks like; listed in the test services file. */
public final class TestCatalog implements CatalogBinding<TestCatalog.Failure> {
  static final TestError BUSY = new TestError("Busy", "BUSY", 503, "busy", null);
  static final HttpErrorCodec CODEC = HttpErrorCodec.builder(
          WireFormat.builder("Code").messageField("Message").requestIdHeader("X-Request-Id")
              .requestIdMint(RequestIdMint.UUID).build(),
          code -> code.equals(BUSY.code()) ? Optional.of(BUSY) : Optional.empty())
      .problemTypeBase("https://generated.example/test-catalog.html#")
      .build();

  /** The catalog's exception, open for subclassing as users do. */
  public static class Failure extends ErrcatException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param details what happened
     */
    public Failure(ErrorDetails details) {
      super(details);
    }
  }

  /** Called by {@code ServiceLoader}. */
  public TestCatalog() {}

  @Override
  public String id() {
    return "test-catalog";
  }

  @Override
  public Class<Failure> exceptionType() {
    return Failure.class;
  }

  @Override
  public Class<TestError> errorType() {
    return TestError.class;
  }

  @Override
  public HttpErrorCodec codec() {
    return CODEC;
  }

  @Override
  public String referencePage() {
    return "test-catalog.html";
  }

  @Override
  public Failure exception(ErrorDetails details) {
    return new Failure(details);
  }
}
