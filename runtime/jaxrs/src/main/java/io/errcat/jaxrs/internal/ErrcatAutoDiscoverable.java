package io.errcat.jaxrs.internal;

import io.errcat.jaxrs.ErrcatFeature;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Jersey's auto-discovery: with this jar on the class path, every Jersey application gets {@link
 * ErrcatFeature} without registering anything (unless it turns auto-discovery off). Jersey's SPI,
 * not errcat's API: kept out of the public package, at Jersey's default priority as Jersey's own
 * auto-discoverables are.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public final class ErrcatAutoDiscoverable implements AutoDiscoverable {
  /** Created by Jersey. */
  public ErrcatAutoDiscoverable() {}

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(ErrcatFeature.class)) {
      context.register(ErrcatFeature.class);
    }
  }
}
