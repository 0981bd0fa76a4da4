package jp.kikan.chihozei.support;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads one of this service's feeds page by page as a consumer does, until it has nothing more. */
public final class RenkeiPages {

    private RenkeiPages() {
    }

    /** The items read, the cursor to go on from and the mode of each page. */
    public record Read(List<Map<String, Object>> items, String cursor, List<String> modes) {
        /** The items naming the taxpayer (宛名番号, or one of the co-owners). */
        public List<Map<String, Object>> of(String atenabango) {
            return items.stream().filter(i -> atenabango.equals(i.get("atenabango"))
                    || (i.get("shoyusha") instanceof List<?> l && l.contains(atenabango))).toList();
        }
    }

    /** Pages from {@code cursor} (null: the snapshot) with a small page size, so that paging is walked too. */
    public static Read readAll(String token, String path, String cursor) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> modes = new ArrayList<>();
        String c = cursor;
        boolean more = true;
        while (more) {
            var req = Api.as(token).queryParam("limit", 7);
            if (c != null) {
                req.queryParam("cursor", c);
            }
            JsonPath page = req.get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("result"));
            modes.add(page.getString("metadata.mode"));
            c = page.getString("metadata.next_cursor");
            // the last page of the snapshot says has_more=false and gives the cursor of the diff
            more = page.getBoolean("metadata.has_more");
        }
        return new Read(items, c, modes);
    }
}
