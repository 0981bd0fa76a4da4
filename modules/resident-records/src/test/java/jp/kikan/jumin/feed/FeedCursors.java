package jp.kikan.jumin.feed;

import java.util.Map;
import jp.kikan.jumin.support.Api;

/** Reads the feed to its end and returns the cursor of what comes next. */
final class FeedCursors {

    private FeedCursors() {
    }

    static String latest(String token) {
        String cursor = null;
        while (true) {
            var page = Api.as(token).queryParam("limit", 1000)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor)).get("/v1/renkei/jumin")
                    .then().statusCode(200).extract().jsonPath();
            cursor = page.getString("metadata.next_cursor");
            if (!page.getBoolean("metadata.has_more") && page.getString("metadata.mode").equals("diff")) {
                return cursor;
            }
        }
    }
}
