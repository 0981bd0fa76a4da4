package jp.kikan.chihozei.support;

/** The resident records feed for local tax's tests (platform-test's server), as the service client kikan-tax. */
public class ResidentFeedServer extends jp.kikan.platform.test.feed.ResidentFeedServer {

    public ResidentFeedServer() {
        super("kikan-tax");
    }
}
