/**
 * RFC 9457 problem+json bodies carrying the standard API error codes E0001–E0004.
 */
package jp.kikan.platform.problem;
