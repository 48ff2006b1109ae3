package io.errcat.samples.faas;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasHttpMapper;
import io.errcat.runtime.HttpError;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What Tomcat answers itself (a request it refuses before the servlet: a malformed request line,
 * an oversized header) in POP's format instead of an HTML page: {@code PARAMETER INVALIDATE} for a
 * 4xx, {@code InternalError} for a 5xx, with a RequestId, and never a stack trace.
 */
final class PopErrorValve extends ErrorReportValve {
  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
      return;
    }
    FaasException e = (status < 500 ? FaasException.parameterInvalidate()
        : FaasException.internalError())
        .withRequestId(UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
    HttpError http = FaasHttpMapper.toHttp(e);
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
