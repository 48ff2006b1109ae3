package io.errcat.spring.i18n;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * What an application that decides the locale itself adds: always Simplified Chinese. Neither a
 * component nor nested in {@link OrdersApp} (Spring would register a member class with {@code
 * @Bean} methods): a test names it as a source.
 */
public class FixedChinese {
  /**
   * The resolver the DispatcherServlet uses (its bean name is what it looks up).
   *
   * @return a fixed resolver
   */
  @Bean
  public LocaleResolver localeResolver() {
    return new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE);
  }
}
