/**
 * Transactional outbox: events committed with the change, numbered per 地方公共団体 gaplessly in commit order.
 */
package jp.kikan.platform.outbox;
