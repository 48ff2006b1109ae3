package io.errcat.benchmarks;

import io.errcat.catalogs.faas.FaasError;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated {@code FaasError.fromCode} against what a user would otherwise write by hand: a
 * {@code switch} on the code strings, a {@code HashMap} filled from {@code values()}, a linear
 * scan of {@code values()}, and {@code Enum.valueOf} on the constant name. Every variant looks up
 * the same cycle of codes (every FaaS code, as fresh strings, as they arrive from the wire).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FromCodeBenchmark {
  private static final Map<String, FaasError> BY_CODE = new HashMap<>();

  static {
    for (FaasError e : FaasError.values()) {
      BY_CODE.put(e.code(), e);
    }
  }

  private final String[] codes = codes();
  private final String[] names = names();
  private int next;

  private int index() {
    int i = next;
    next = i + 1 == codes.length ? 0 : i + 1;
    return i;
  }

  /** @return the generated lookup's answer */
  @Benchmark
  public Optional<FaasError> generatedFromCode() {
    return FaasError.fromCode(codes[index()]);
  }

  /** @return a hand-written switch's answer */
  @Benchmark
  public FaasError switchOnStrings() {
    return bySwitch(codes[index()]);
  }

  /** @return a hand-filled HashMap's answer */
  @Benchmark
  public FaasError plainHashMap() {
    return BY_CODE.get(codes[index()]);
  }

  /** @return a linear scan's answer */
  @Benchmark
  public FaasError linearScanOfValues() {
    String code = codes[index()];
    for (FaasError e : FaasError.values()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    return null;
  }

  /** @return {@code Enum.valueOf}'s answer (by constant name, not by wire code) */
  @Benchmark
  public FaasError enumValueOfName() {
    return FaasError.valueOf(names[index()]);
  }

  /** The switch a user writes by hand, one case per FaaS wire code. */
  private static FaasError bySwitch(String code) {
    return switch (code) {
      case "PARAMETER INVALIDATE" -> FaasError.PARAMETER_INVALIDATE;
      case "InternalError" -> FaasError.INTERNAL_ERROR;
      case "InvalidProduct.NotFound" -> FaasError.INVALID_PRODUCT_NOT_FOUND;
      case "InvalidAccessKeyId.NotFound" -> FaasError.INVALID_ACCESS_KEY_ID_NOT_FOUND;
      case "InvalidAccessKeyId.Inactive" -> FaasError.INVALID_ACCESS_KEY_ID_INACTIVE;
      case "InvalidSecurityToken.Expired" -> FaasError.INVALID_SECURITY_TOKEN_EXPIRED;
      case "InvalidSecurityToken.Malformed" -> FaasError.INVALID_SECURITY_TOKEN_MALFORMED;
      case "InvalidSecurityToken.MismatchWithAccessKey" -> FaasError.INVALID_SECURITY_TOKEN_MISMATCH_WITH_ACCESS_KEY;
      case "NoPermisson" -> FaasError.NO_PERMISSON;
      case "IMAGE NUMBER EXCEED" -> FaasError.IMAGE_NUMBER_EXCEED;
      case "FREQUENCY ERROR" -> FaasError.FREQUENCY_ERROR;
      case "SHELL NOT SUPPORT" -> FaasError.SHELL_NOT_SUPPORT;
      case "EntityNotExist.RoleError" -> FaasError.ENTITY_NOT_EXIST_ROLE_ERROR;
      case "AccessDeniedError" -> FaasError.ACCESS_DENIED_ERROR;
      case "CALLER TYPE NOT SUPPORT" -> FaasError.CALLER_TYPE_NOT_SUPPORT;
      case "NoSuchBucketError" -> FaasError.NO_SUCH_BUCKET_ERROR;
      case "OSS OBJECT NOT FOUND" -> FaasError.OSS_OBJECT_NOT_FOUND;
      case "IMAGE NOT FOUND" -> FaasError.IMAGE_NOT_FOUND;
      case "NOT AUTHORIZED" -> FaasError.NOT_AUTHORIZED;
      case "INSTANCE INVALIDATE" -> FaasError.INSTANCE_INVALIDATE;
      case "FPGA NOT FOUND" -> FaasError.FPGA_NOT_FOUND;
      case "ANOTHER TASK RUNNING" -> FaasError.ANOTHER_TASK_RUNNING;
      case "IMAGE ACCESS ERROR" -> FaasError.IMAGE_ACCESS_ERROR;
      case "YOU HAVE NO ACCESS TO THIS INSTANCE" -> FaasError.YOU_HAVE_NO_ACCESS_TO_THIS_INSTANCE;
      case "SHELL NOT MATCH" -> FaasError.SHELL_NOT_MATCH;
      case "ASSUME ROLE USER NOT SUPPORT" -> FaasError.ASSUME_ROLE_USER_NOT_SUPPORT;
      case "Image not in success state" -> FaasError.IMAGE_NOT_IN_SUCCESS_STATE;
      case "FPGA IMAGE STATE ERROR" -> FaasError.FPGA_IMAGE_STATE_ERROR;
      case "FPGA IMAGE NOT FOUND" -> FaasError.FPGA_IMAGE_NOT_FOUND;
      default -> null;
    };
  }

  private static String[] codes() {
    FaasError[] all = FaasError.values();
    String[] out = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      out[i] = new String(all[i].code().toCharArray());
    }
    return out;
  }

  private static String[] names() {
    FaasError[] all = FaasError.values();
    String[] out = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      out[i] = all[i].name();
    }
    return out;
  }
}
