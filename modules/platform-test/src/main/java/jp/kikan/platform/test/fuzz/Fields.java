package jp.kikan.platform.test.fuzz;

import java.util.List;

/** A body location as the problem's errors[].field names it: members[0].shimei. */
final class Fields {

    private Fields() {
    }

    static String of(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(step);
            }
        }
        return sb.toString();
    }
}
