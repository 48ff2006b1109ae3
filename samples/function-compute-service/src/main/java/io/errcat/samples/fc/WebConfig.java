package io.errcat.samples.fc;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every route is signed. */
@Configuration
class WebConfig implements WebMvcConfigurer {
  private final SignatureCheck signatureCheck;

  WebConfig(SignatureCheck signatureCheck) {
    this.signatureCheck = signatureCheck;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(signatureCheck);
  }
}
