package io.errcat.samples.fc;

import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.catalogs.functioncompute.FunctionComputeHttpMapper;
import io.errcat.runtime.HttpError;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What Tomcat refuses before Spring sees the request (a bad {@code %} escape, an encoded slash, a
 * request line or header past the limit, a control byte in a header, an HTTP version it does not
 * speak) answered in Function Compute's JSON instead of Tomcat's HTML page: {@code
 * InvalidArgument} for a 4xx and for 505 (the caller's request is at fault), {@code
 * InternalServerError} for any other 5xx; never a stack trace. Tomcat makes it the host's error
 * report valve ({@link TomcatErrors}), so it needs a public no-argument constructor.
 */
public final class FcErrorValve extends ErrorReportValve {
  /** Created by Tomcat. */
  public FcErrorValve() {}

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
      return;
    }
    HttpError http = FunctionComputeHttpMapper.toHttp(status < 500 || status == 505
        ? FunctionComputeException.invalidArgument("the request is not well formed HTTP")
        : FunctionComputeException.internalServerError());
    try {
      response.resetBuffer();
      response.setStatus(http.status());
      http.headers().forEach((k, vs) -> vs.forEach(v -> response.setHeader(k, v)));
      response.setContentLength(http.body().length);
      OutputStream out = response.getOutputStream();
      out.write(http.body());
      out.flush();
    } catch (IOException | IllegalStateException ignored) {
      // the connection is gone: nothing to answer
    }
  }
}
