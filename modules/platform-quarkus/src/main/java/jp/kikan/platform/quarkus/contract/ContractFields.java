package jp.kikan.platform.quarkus.contract;

/** Field names as the problem's {@code errors[].field} gives them: {@code members[0].shimei}, not a JSON pointer. */
final class ContractFields {

    private ContractFields() {
    }

    /** "/members/0/shimei" → "members[0].shimei"; "" or "/" → null (the whole body). */
    static String fromPointer(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(token).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(token);
            }
        }
        return sb.toString();
    }

    /** A property of an object at the pointer: ("/members/0", "seibetsu") → "members[0].seibetsu". */
    static String child(String pointer, String property) {
        String parent = fromPointer(pointer);
        return parent == null ? property : parent + "." + property;
    }
}
