package jp.kikan.kokuho.support;

/** The resident records feed for national health insurance's tests (platform-test's server), as the service client kikan-kokuho. */
public class ResidentFeedServer extends jp.kikan.platform.test.feed.ResidentFeedServer {

    public ResidentFeedServer() {
        super("kikan-kokuho");
    }
}
