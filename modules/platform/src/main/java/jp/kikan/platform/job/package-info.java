/**
 * Partitioned jobs over a whole municipality (the annual runs of every service): partitions claimed by workers with a
 * lease, batches that commit their effects with the partition's cursor and counts, the targets left for the clerk.
 */
package jp.kikan.platform.job;
