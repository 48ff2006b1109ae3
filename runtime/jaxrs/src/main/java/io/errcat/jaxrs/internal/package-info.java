/** Jersey's service-provider hooks: not API, may change with any release. */
package io.errcat.jaxrs.internal;
