package io.errcat.samples.faas;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasHttpMapper;
import io.errcat.runtime.HttpError;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What Tomcat answers itself (a request it refuses before the servlet: a malformed request line,
 * an HTTP version it does not speak, an oversized header) in POP's format instead of an HTML page:
 * {@code PARAMETER INVALIDATE} for a 4xx and for 505 (the caller's request is at fault, and a
 * client must not retry it as a server failure), {@code InternalError} for any other 5xx; with a
 * minted RequestId and the HostId like every other error, and never a stack trace.
 */
final class PopErrorValve extends ErrorReportValve {
  private final String hostId;

  PopErrorValve(String hostId) {
    this.hostId = hostId;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
      return;
    }
    boolean callersFault = status < 500 || status == 505;
    HttpError http = FaasHttpMapper.toHttp(PopErrors.withHostId(callersFault
        ? FaasException.parameterInvalidate() : FaasException.internalError(), hostId));
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
