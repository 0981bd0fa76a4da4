package jp.kikan.kaigo.support;

/** The resident records feed for long-term care's tests (platform-test's server), as the service client kikan-kaigo. */
public class ResidentFeedServer extends jp.kikan.platform.test.feed.ResidentFeedServer {

    public ResidentFeedServer() {
        super("kikan-kaigo");
    }
}
