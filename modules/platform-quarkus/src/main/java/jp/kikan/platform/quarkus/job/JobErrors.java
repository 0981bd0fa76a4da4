package jp.kikan.platform.quarkus.job;

/** Where a batch lists a target it could not process, for the clerk (in the batch's transaction). */
@FunctionalInterface
public interface JobErrors {

    void add(String targetKey, String rule, String message);
}
