package io.errcat.samples.fc;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Makes {@link FcErrorValve} the embedded Tomcat's error report valve. */
@Component
final class TomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
        .setErrorReportValveClass(FcErrorValve.class.getName()));
  }
}
