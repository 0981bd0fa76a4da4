/** Conformance tooling: contract compatibility gate and the conformance report. */
package jp.kikan.conformance;
