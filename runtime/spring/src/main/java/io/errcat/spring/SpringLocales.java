package io.errcat.spring;

import io.errcat.runtime.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The caller's languages as a Spring MVC application decides them: its {@code LocaleResolver}
 * (the one the {@code DispatcherServlet} uses, a session, cookie or fixed resolver, or one of the
 * application's own) names the locale. Boot's default, an {@link AcceptHeaderLocaleResolver}
 * without supported locales, can only give the header's first choice; when the request has the
 * header, the whole {@code Accept-Language} list is read instead, so that a caller's second
 * choice still wins over the catalog's own language (without the header, the resolver's default
 * locale, {@code spring.web.locale}, applies).
 */
final class SpringLocales {
  private SpringLocales() {}

  static List<String> ranges(HttpServletRequest request, Supplier<List<String>> header) {
    LocaleResolver resolver;
    try {
      resolver = RequestContextUtils.getLocaleResolver(request);
    } catch (RuntimeException e) {
      return header.get();
    }
    if (resolver == null || resolver instanceof AcceptHeaderLocaleResolver a
        && a.getSupportedLocales().isEmpty() && request.getHeader("Accept-Language") != null) {
      return header.get();
    }
    try {
      Locale locale = resolver.resolveLocale(request);
      return locale == null ? header.get() : Languages.ranges(locale);
    } catch (RuntimeException e) {
      // a resolver that fails must not turn an error answer into another error
      return header.get();
    }
  }
}
