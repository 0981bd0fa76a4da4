/**
 * 個人住民税 (市町村民税・道府県民税) — the assessment engine of the local tax service, as plain Java.
 *
 * <ul>
 *   <li>{@code parameter}: typed, dated parameters (by 年度) with their legal basis, public source and status;
 *       {@code parameter.loader} reads and validates the YAML files (the only place that uses Jackson).</li>
 *   <li>{@code domain}: the inputs a clerk or citizen enters, the assessment (賦課) and its explanation (算定根拠).</li>
 *   <li>{@code domain.policy}: one named policy per rule, each citing its article; no rate or amount is
 *       written in Java — they all come from the parameters.</li>
 * </ul>
 * No framework imports: the Quarkus service, the contract and the database are built around this later.
 */
package jp.kikan.chihozei.kojinjuminzei;
