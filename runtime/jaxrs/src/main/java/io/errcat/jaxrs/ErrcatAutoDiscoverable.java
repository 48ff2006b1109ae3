package io.errcat.jaxrs;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Jersey's auto-discovery: with this jar on the class path, every Jersey application gets {@link
 * ErrcatFeature} without registering anything (unless it turns auto-discovery off).
 */
@ConstrainedTo(RuntimeType.SERVER)
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
