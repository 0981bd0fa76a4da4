/**
 * Kikan platform: plain Java building blocks shared by every service (no Quarkus, no CDI).
 */
package jp.kikan.platform;
