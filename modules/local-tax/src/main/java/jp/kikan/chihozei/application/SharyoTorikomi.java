package jp.kikan.chihozei.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import jp.kikan.chihozei.infrastructure.HokokuFileStore;
import jp.kikan.chihozei.infrastructure.SharyoFileStore;
import jp.kikan.chihozei.infrastructure.TaxJson;
import jp.kikan.chihozei.keijidoshazei.domain.GreenKubun;
import jp.kikan.chihozei.keijidoshazei.domain.Nenryo;
import jp.kikan.chihozei.keijidoshazei.domain.ShashuKubun;
import jp.kikan.chihozei.shotoku.domain.HokokuCsv;
import jp.kikan.platform.caller.Caller;
import jp.kikan.platform.problem.NotFoundException;
import jp.kikan.platform.problem.RuleViolationException;
import jp.kikan.platform.problem.SuppressedException;
import jp.kikan.platform.quarkus.command.IdempotentCommands;
import jp.kikan.platform.quarkus.command.ResultType;
import jp.kikan.platform.time.BusinessCalendar;

/**
 * 車両の一括取込 (x-kikan-function keijidoshazei.sharyo-torikomi): a documented CSV of vehicle registrations (the
 * 軽自動車検査協会's layout is not public item by item, so the contract's names), read by the income reports' CSV reader
 * ({@link HokokuCsv}: header in any order, line and field of every refusal). Each good line is registered as
 * {@link SharyoToroku} registers one (same checks); a line refused by a rule is reported and writes nothing. The same
 * content again answers the first result and adds nothing.
 */
@ApplicationScoped
public class SharyoTorikomi {

    static final ResultType<KeijidoshazeiViews.FileKekka> RESULT = ResultType.of(KeijidoshazeiViews.FileKekka.class, 1);
    static final List<String> COLUMNS = List.of("hyoshiki_bango", "shashu_kubun", "haikiryo", "shodo_kensa_nengetsu", "nenryo",
            "hikenin", "green_kubun", "shoyusha_atenabango", "shiyosha_atenabango", "idobi");
    static final List<String> REQUIRED = List.of("hyoshiki_bango", "shashu_kubun", "shoyusha_atenabango", "idobi");
    private static final HokokuCsv.Yoshiki YOSHIKI = new HokokuCsv.Yoshiki(COLUMNS, REQUIRED);

    @Inject
    IdempotentCommands commands;

    @Inject
    SharyoToroku toroku;

    @Inject
    HokokuFileStore contentLock;

    @Inject
    SharyoFileStore files;

    @Inject
    TaxJson json;

    @Inject
    BusinessCalendar calendar;

    public KeijidoshazeiViews.FileKekka torikomi(Caller caller, String key, JsonNode r) {
        return commands.run(caller, key, "keijidoshazei.sharyo-torikomi", r, RESULT, () -> {
            String csv = r.get("csv").asText();
            String sha = sha256(csv);
            contentLock.lockContent(caller.lgCode(), "sharyo:" + sha);
            var earlier = files.find(caller.lgCode(), sha);
            if (earlier.isPresent()) {
                KeijidoshazeiViews.FileKekka k = json.mapper().convertValue(json.tree(earlier.get()), KeijidoshazeiViews.FileKekka.class);
                return new KeijidoshazeiViews.FileKekka(k.fileId(), k.fileName(), k.sha256(), k.gyosu(), k.torikomi(), k.errors(), true);
            }
            HokokuCsv.Result<ObjectNode> read = HokokuCsv.read(csv, YOSHIKI, this::row);
            List<KeijidoshazeiViews.FileError> errors = new ArrayList<>(read.errors().stream()
                    .map(e -> new KeijidoshazeiViews.FileError(e.line(), e.field(), e.message())).toList());
            int done = 0;
            for (ObjectNode row : read.gyo()) {
                int line = row.remove("_line").asInt();
                try {
                    toroku.record(caller, row, UUID.randomUUID());
                    done++;
                } catch (RuleViolationException e) {
                    e.violations().forEach(v -> errors.add(new KeijidoshazeiViews.FileError(line, v.field(), v.message())));
                    if (e.violations().isEmpty()) {
                        errors.add(new KeijidoshazeiViews.FileError(line, "csv", e.getMessage()));
                    }
                } catch (NotFoundException e) {
                    errors.add(new KeijidoshazeiViews.FileError(line, "shoyusha_atenabango", e.getMessage()));
                } catch (SuppressedException e) {
                    errors.add(new KeijidoshazeiViews.FileError(line, "shoyusha_atenabango", e.getMessage()));
                }
            }
            errors.sort(java.util.Comparator.comparingInt(KeijidoshazeiViews.FileError::line));
            KeijidoshazeiViews.FileKekka k = new KeijidoshazeiViews.FileKekka(UUID.randomUUID().toString(),
                    r.get("file_name").asText(), sha, read.lines(), done, List.copyOf(errors), false);
            files.record(caller.lgCode(), k.fileId(), sha, k.fileName(), json.write(k), calendar.now(), caller.actor());
            return k;
        }).result();
    }

    /** One line as the registration request it stands for (codes and formats checked as the contract checks them). */
    private ObjectNode row(HokokuCsv.Cells c) {
        ObjectNode o = json.mapper().createObjectNode();
        o.put("_line", c.no());
        for (String col : COLUMNS) {
            String v = c.text(col, REQUIRED.contains(col));
            if (v != null) {
                o.put(col, v);
            }
        }
        code(c, o, "shashu_kubun", s -> ShashuKubun.of(s).isPresent());
        code(c, o, "nenryo", s -> Nenryo.of(s).isPresent());
        code(c, o, "green_kubun", s -> GreenKubun.of(s).isPresent());
        pattern(c, o, "shoyusha_atenabango", "[0-9]{1,15}", "宛名番号は15桁以内の数字です");
        pattern(c, o, "shiyosha_atenabango", "[0-9]{1,15}", "宛名番号は15桁以内の数字です");
        pattern(c, o, "shodo_kensa_nengetsu", "[0-9]{4}(-(0[1-9]|1[0-2]))?", "初度検査年月は YYYY-MM (または YYYY) です");
        pattern(c, o, "hyoshiki_bango", ".{1,20}", "標識番号は20文字以内です");
        if (o.has("haikiryo")) {
            String h = o.get("haikiryo").asText();
            if (!h.matches("[0-9]{1,5}") || Integer.parseInt(h) < 1 || Integer.parseInt(h) > 10_000) {
                c.error("haikiryo", "総排気量は1〜10000の整数 (cc) です (" + h + ")");
            } else {
                o.put("haikiryo", Integer.parseInt(h));
            }
        }
        if (o.has("hikenin")) {
            String h = o.get("hikenin").asText();
            if (!h.equals("true") && !h.equals("false")) {
                c.error("hikenin", "被けん引車は true または false です (" + h + ")");
            } else {
                o.put("hikenin", Boolean.parseBoolean(h));
            }
        }
        return o;
    }

    private static void code(HokokuCsv.Cells c, ObjectNode o, String col, Function<String, Boolean> known) {
        if (o.has(col) && !known.apply(o.get(col).asText())) {
            c.error(col, "「" + o.get(col).asText() + "」は " + col + " の値にありません");
        }
    }

    private static void pattern(HokokuCsv.Cells c, ObjectNode o, String col, String regex, String message) {
        if (o.has(col) && !o.get(col).asText().matches(regex)) {
            c.error(col, message + " (" + o.get(col).asText() + ")");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
