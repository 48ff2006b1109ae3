package io.errcat.catalog.model;

/**
 * A catalog's {@code grpc} section: how its errors read in gRPC's rich error model.
 *
 * @param domain the {@code ErrorInfo} domain of every code, e.g. {@code fc.aliyuncs.com}; null to
 *     derive it ({@link Catalog#grpcDomain()})
 * @param at where each part was written
 */
public record GrpcSection(String domain, Positions at) {}
