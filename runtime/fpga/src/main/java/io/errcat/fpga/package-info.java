/**
 * An in-process model of the FPGA as a Service (FaaS) control plane that {@code faascmd} talks
 * to: FPGA images and their compilation, and the one load task each FPGA may run. Every error is
 * a {@link io.errcat.catalogs.faas.FaasException} generated from the bundled {@code faas} catalog,
 * with the operation set so that codes with per-operation texts carry the right one.
 *
 * <p>Entry point: {@link io.errcat.fpga.FaasControlPlane}. Time comes only from the injected
 * {@link java.time.Clock}; nothing sleeps.
 */
package io.errcat.fpga;
