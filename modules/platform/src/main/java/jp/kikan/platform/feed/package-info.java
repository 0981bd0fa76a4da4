/**
 * Change-feed consumer: polls a {@link jp.kikan.platform.feed.FeedSource}, applies each change once in
 * effect, and resumes from a cursor stored in the same transaction as the change.
 */
package jp.kikan.platform.feed;
