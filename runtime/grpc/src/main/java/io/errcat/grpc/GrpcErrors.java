package io.errcat.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Help;
import com.google.rpc.LocalizedMessage;
import com.google.rpc.RequestInfo;
import com.google.rpc.RetryInfo;
import io.errcat.runtime.CatalogBinding;
import io.errcat.runtime.DecodeFailure;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.ErrorCode;
import io.errcat.runtime.ErrorDetails;
import io.errcat.runtime.GrpcCodes;
import io.errcat.runtime.HttpErrorCodec;
import io.errcat.runtime.Languages;
import io.errcat.runtime.RetryHint;
import io.errcat.runtime.Variant;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one mapping between generated exceptions and gRPC's rich error model (AIP-193): an error as
 * an {@link io.grpc.Status} whose trailers carry a {@code google.rpc.Status} with {@code
 * ErrorInfo} (reason, domain, the parameters as metadata), {@code RetryInfo}, {@code Help} (the
 * code's reference card), {@code RequestInfo} and {@code LocalizedMessage}; and any status back to
 * the typed exception — by domain and reason, then by the code in the description — or to a typed
 * fallback that says why, never another exception.
 */
public final class GrpcErrors {
  /** Bound on the message and texts a decoded error keeps. */
  static final int MAX_TEXT = 8 * 1024;

  private GrpcErrors() {}

  /**
   * An error as gRPC carries it.
   *
   * @param d the details to answer with (request id and language decided: {@code
   *     ErrorResponder.prepare})
   * @param binding the error's catalog, or {@code null} for an exception of none
   * @param codec the codec for its reference links and request id header, or {@code null}
   * @return the status with its trailers
   */
  public static StatusRuntimeException toStatus(ErrorDetails d, CatalogBinding<?> binding,
      HttpErrorCodec codec) {
    String grpc = grpcCode(d);
    Status.Code code = Status.Code.valueOf(grpc);
    com.google.rpc.Status.Builder rpc = com.google.rpc.Status.newBuilder()
        .setCode(code.value())
        .setMessage(d.message() != null ? d.message() : grpc);
    ErrorCode error = d.error();
    if (error != null && binding != null) {
      ErrorInfo.Builder info = ErrorInfo.newBuilder()
          .setReason(error.grpcReason())
          .setDomain(binding.grpcDomain());
      List<String> params = variantOf(d).params();
      for (int i = 0; i < params.size() && i < d.args().size(); i++) {
        if (d.args().get(i) != null) {
          info.putMetadata(lowerCamel(params.get(i)), String.valueOf(d.args().get(i)));
        }
      }
      for (Map.Entry<String, String> x : d.extras().entrySet()) {
        String key = lowerCamel(x.getKey());
        if (!info.containsMetadata(key)) {
          info.putMetadata(key, x.getValue());
        }
      }
      if (!info.containsMetadata("code")) {
        info.putMetadata("code", d.code());
      }
      rpc.addDetails(Any.pack(info.build()));
    } else if (d.code() != null && binding != null) {
      // a code of the product the catalog does not list (POP's own SignatureDoesNotMatch): the
      // client still learns which, under an AIP-193 reason made from it
      rpc.addDetails(Any.pack(ErrorInfo.newBuilder().setReason(reasonOf(d.code()))
          .setDomain(binding.grpcDomain()).putMetadata("code", d.code()).build()));
    }
    Duration after = d.retry().after();
    if (d.retry().retryable() && after != null) {
      rpc.addDetails(Any.pack(RetryInfo.newBuilder().setRetryDelay(
          com.google.protobuf.Duration.newBuilder().setSeconds(after.getSeconds())
              .setNanos(after.getNano())).build()));
    }
    if (codec != null && error != null) {
      codec.referenceUrl(error).ifPresent(url -> rpc.addDetails(Any.pack(Help.newBuilder()
          .addLinks(Help.Link.newBuilder().setDescription("Error reference: " + d.code())
              .setUrl(url)).build())));
    }
    if (d.requestId() != null) {
      rpc.addDetails(Any.pack(RequestInfo.newBuilder().setRequestId(d.requestId()).build()));
    }
    if (d.language() != null && d.message() != null && error != null
        && !variantOf(d).languages().isEmpty()) {
      rpc.addDetails(Any.pack(LocalizedMessage.newBuilder().setLocale(d.language())
          .setMessage(d.message()).build()));
    }
    Metadata extra = new Metadata();
    String idHeader = codec == null ? null
        : codec.wire().map(w -> w.requestIdHeader()).orElse(null);
    if (idHeader != null && d.requestId() != null) {
      try {
        extra.put(Metadata.Key.of(idHeader.toLowerCase(Locale.ROOT),
            Metadata.ASCII_STRING_MARSHALLER), ascii(d.requestId()));
      } catch (IllegalArgumentException e) {
        // a header name gRPC cannot carry: the id is in RequestInfo
      }
    }
    return StatusProto.toStatusRuntimeException(rpc.build(), extra);
  }

  /**
   * The typed exception for what a gRPC call failed with. Never throws.
   *
   * @param <E> the catalog's exception type
   * @param failure what the call threw ({@code StatusRuntimeException}, {@code StatusException},
   *     or anything else)
   * @param binding the catalog to read it with
   * @return the typed exception: known when the details name a code of the catalog, else the
   *     fallback, whose {@link ErrcatException#decodeFailure()} says why
   */
  public static <E extends ErrcatException> E decode(Throwable failure,
      CatalogBinding<E> binding) {
    if (binding.exceptionType().isInstance(failure)) {
      return binding.exceptionType().cast(failure);
    }
    if (failure != null && binding.exceptionType().isInstance(failure.getCause())) {
      return binding.exceptionType().cast(failure.getCause());
    }
    if (failure == null) {
      return decode(Status.UNKNOWN.withDescription("no failure given"), null, binding);
    }
    Status status = Status.fromThrowable(failure);
    return decode(status, Status.trailersFromThrowable(failure), binding);
  }

  /**
   * The typed exception for a status and its trailers. Never throws.
   *
   * @param <E> the catalog's exception type
   * @param status the status
   * @param trailers its trailers, or {@code null}
   * @param binding the catalog to read it with
   * @return the typed exception
   */
  public static <E extends ErrcatException> E decode(Status status, Metadata trailers,
      CatalogBinding<E> binding) {
    ErrorDetails d;
    try {
      d = details(status, trailers, binding);
    } catch (RuntimeException | StackOverflowError e) {
      d = fallback(status, null, DecodeFailure.Reason.INTERNAL_ERROR, e.toString());
    }
    return binding.exception(d);
  }

  private static ErrorDetails details(Status status, Metadata trailers,
      CatalogBinding<?> binding) {
    CodeIndex index = CodeIndex.of(binding.errorType());
    com.google.rpc.Status rpc;
    try {
      rpc = trailers == null ? null : StatusProto.fromStatusAndTrailers(status, trailers);
    } catch (RuntimeException e) {
      return fallback(status, null, DecodeFailure.Reason.MALFORMED_DETAILS,
          "grpc-status-details-bin is no google.rpc.Status of this status: " + e.getMessage());
    }
    ErrorInfo info = null;
    RetryInfo retry = null;
    RequestInfo request = null;
    LocalizedMessage localized = null;
    if (rpc != null) {
      try {
        for (Any any : rpc.getDetailsList()) {
          if (any.is(ErrorInfo.class) && info == null) {
            info = any.unpack(ErrorInfo.class);
          } else if (any.is(RetryInfo.class) && retry == null) {
            retry = any.unpack(RetryInfo.class);
          } else if (any.is(RequestInfo.class) && request == null) {
            request = any.unpack(RequestInfo.class);
          } else if (any.is(LocalizedMessage.class) && localized == null) {
            localized = any.unpack(LocalizedMessage.class);
          }
        }
      } catch (InvalidProtocolBufferException e) {
        return fallback(status, null, DecodeFailure.Reason.MALFORMED_DETAILS,
            "an error detail does not parse: " + e.getMessage());
      }
    }
    String description = bounded(status.getDescription());
    ErrorCode error = null;
    String code = null;
    if (info != null) {
      if (!info.getDomain().equals(binding.grpcDomain())) {
        return fallback(status, bounded(info.getReason()), DecodeFailure.Reason.OTHER_DOMAIN,
            "ErrorInfo of domain '" + bounded(info.getDomain()) + "', not '"
                + binding.grpcDomain() + "'");
      }
      error = index.byReason(info.getReason());
      code = info.getMetadataOrDefault("code", info.getReason());
      if (error == null) {
        error = index.byCode(code);
      }
      if (error == null) {
        return fallback(status, bounded(code), DecodeFailure.Reason.UNKNOWN_CODE,
            "reason '" + bounded(info.getReason()) + "' is not in the catalog");
      }
    } else if (description != null) {
      error = index.byCode(description.strip());
      if (error == null) {
        return fallback(status, null, DecodeFailure.Reason.NO_DETAILS,
            "no ErrorInfo, and the description is no code of the catalog");
      }
    } else {
      return fallback(status, null, DecodeFailure.Reason.NO_DETAILS, "no ErrorInfo");
    }
    ErrorDetails.Builder b = ErrorDetails.builder(error);
    String message = localized != null ? localized.getMessage()
        : rpc != null ? rpc.getMessage() : null;
    if (message != null && !message.isEmpty() && !message.equals(error.code())) {
      b.message(bounded(message));
    }
    if (localized != null) {
      b.language(Languages.contentLanguage(localized.getLocale()));
    }
    if (request != null && !request.getRequestId().isEmpty()) {
      b.requestId(bounded(request.getRequestId()));
    }
    if (retry != null && retry.hasRetryDelay()) {
      com.google.protobuf.Duration delay = retry.getRetryDelay();
      if (delay.getSeconds() >= 0 && delay.getNanos() >= 0) {
        b.retry(RetryHint.of(true, Duration.ofSeconds(delay.getSeconds(), delay.getNanos())));
      }
    }
    if (info != null) {
      Variant v = error.variants().get(0);
      List<Object> args = new ArrayList<>();
      for (String p : v.params()) {
        args.add(info.getMetadataOrDefault(lowerCamel(p), null));
      }
      if (!args.isEmpty()) {
        b.args(args);
      }
    }
    return b.build();
  }

  private static ErrorDetails fallback(Status status, String code, DecodeFailure.Reason reason,
      String why) {
    String description = bounded(status.getDescription());
    int http = GrpcCodes.byNumber(status.getCode().value()).map(GrpcCodes.Code::httpStatus)
        .orElse(500);
    String detail = bounded(why);
    return ErrorDetails.builder()
        .code(code)
        .message(description)
        .httpStatus(http)
        .retry(RetryHint.forStatus(http))
        .failure(new DecodeFailure(reason, detail, description == null ? "" : description,
            description == null ? 0 : description.length()))
        .build();
  }

  /** The gRPC code of an answer: the variant's own where its HTTP status is the answer's. */
  static String grpcCode(ErrorDetails d) {
    if (d.error() != null) {
      Variant v = variantOf(d);
      if (v.grpcStatus() != null && (d.httpStatus() == v.httpStatus() || v.httpStatus() == 0)) {
        return v.grpcStatus();
      }
    }
    return GrpcCodes.forHttp(d.httpStatus());
  }

  private static Variant variantOf(ErrorDetails d) {
    return d.operation() != null ? d.error().variant(d.operation()) : d.error().variants().get(0);
  }

  /** An AIP-193 reason for a code the catalog does not list: {@code Throttling.User} → {@code THROTTLING_USER}. */
  static String reasonOf(String code) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < code.length() && b.length() < 63; i++) {
      char c = Character.toUpperCase(code.charAt(i));
      if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
        b.append('_');
      }
    }
    while (b.length() > 0 && b.charAt(b.length() - 1) == '_') {
      b.setLength(b.length() - 1);
    }
    if (b.length() == 0 || !Character.isLetter(b.charAt(0))) {
      b.insert(0, "E_");
    }
    return b.length() > 63 ? b.substring(0, 63) : b.toString();
  }

  /** AIP-193's metadata keys: lowerCamelCase ({@code HostId} and {@code host_id} → {@code hostId}). */
  static String lowerCamel(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == '-' || c == ' ' || c == '.') {
        upper = b.length() > 0;
      } else if (b.length() == 0) {
        b.append(Character.toLowerCase(c));
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }

  private static String bounded(String s) {
    return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
  }

  /** A metadata value: printable ASCII only. */
  private static String ascii(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return b.toString();
  }
}
