/** What the demo cities of every service share: deterministic draws by seed and key. */
package jp.kikan.platform.demo;
