package io.errcat.catalog.model;

import java.time.Duration;

/**
 * What a document says about retrying: whether to retry and, if it says, after how long
 * ({@code after} may be null).
 */
public record Retry(boolean retryable, Duration after, Positions at) {}
