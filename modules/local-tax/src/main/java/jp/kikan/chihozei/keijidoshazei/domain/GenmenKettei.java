package jp.kikan.chihozei.keijidoshazei.domain;

/**
 * A 減免 decided for a vehicle and 年度 (地方税法第463条の23 and the municipality's 税条例): the application was approved
 * for the reason given. Only approved decisions reach the engine; the share of the tax remitted is the parameter
 * {@code genmen_shogaisha} of the 年度.
 *
 * @param riyu       減免の事由 (shogaisha: 身体障害者等が使用する軽自動車等)
 * @param ketteiBango the decision's number (application id and version) as the service records it
 */
public record GenmenKettei(String riyu, String ketteiBango) {
}
