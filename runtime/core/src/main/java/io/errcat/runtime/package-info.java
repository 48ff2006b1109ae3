/**
 * The errcat runtime: what code generated from an error catalog links against.
 *
 * <ul>
 *   <li>{@link io.errcat.runtime.ErrorCode} — one catalog error; each generated {@code
 *       <Prefix>Error} enum implements it.
 *   <li>{@link io.errcat.runtime.ErrcatException} — the base of each generated {@code
 *       <Prefix>Exception}, built from one immutable {@link io.errcat.runtime.ErrorDetails}.
 *   <li>{@link io.errcat.runtime.HttpErrorCodec} — what a generated {@code <Prefix>HttpMapper}
 *       delegates to: the product's {@link io.errcat.runtime.WireFormat} or RFC 9457 {@link
 *       io.errcat.runtime.ProblemDetails}, both directions, as an {@link
 *       io.errcat.runtime.HttpError}.
 *   <li>{@link io.errcat.runtime.RetryHint} — retry advice, with a documented default policy for
 *       what catalogs leave open, and {@link io.errcat.runtime.RetryAfter} for the header.
 *   <li>{@link io.errcat.runtime.ErrorCatalog} and {@link io.errcat.runtime.Raises} — the
 *       annotations errcat's annotation processor reads on service interfaces.
 * </ul>
 *
 * <p>The runtime has no dependencies beyond the JDK. Decoding never throws. JSON bodies are read
 * by a strict RFC 8259 reader made for error bodies, XML ones by the JDK's StAX parser, under fixed
 * limits (1 MiB read, nesting depth 32, 100,000 tokens, member values cut at 8,192 chars), so the
 * work is bounded whatever arrives; whatever falls short is reported as a {@link
 * io.errcat.runtime.DecodeFailure} with a bounded excerpt of the body.
 */
package io.errcat.runtime;
