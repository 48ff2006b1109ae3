package io.errcat.grpc;

import io.errcat.runtime.RequestView;
import io.grpc.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A gRPC call's headers as the runtime's {@link RequestView}: so the request id and the language
 * of an answer follow the same rules as over HTTP ({@code x-request-id}, {@code accept-language}
 * as metadata keys).
 */
final class MetadataView implements RequestView {
  private final Metadata headers;

  MetadataView(Metadata headers) {
    this.headers = headers;
  }

  @Override
  public List<String> headers(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (headers == null || key.endsWith(Metadata.BINARY_HEADER_SUFFIX)) {
      return List.of();
    }
    try {
      Iterable<String> values = headers.getAll(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER));
      List<String> out = new ArrayList<>();
      if (values != null) {
        values.forEach(out::add);
      }
      return out;
    } catch (IllegalArgumentException e) {
      return List.of(); // not a valid metadata key: no such header
    }
  }
}
