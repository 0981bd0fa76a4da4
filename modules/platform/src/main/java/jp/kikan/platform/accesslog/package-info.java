/**
 * Tamper-evident, append-only access log: one SHA-256 hash chain per 地方公共団体, written in the caller's
 * transaction, verifiable end to end.
 */
package jp.kikan.platform.accesslog;
