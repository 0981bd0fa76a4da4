package jp.kikan.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import jp.kikan.platform.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

class TodokedeHizukeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    private final ObjectMapper mapper = new ObjectMapper();

    private ObjectNode request(String idonengappi, String todokedenengappi) {
        ObjectNode r = mapper.createObjectNode().put("idonengappi", idonengappi);
        return todokedenengappi == null ? r : r.put("todokedenengappi", todokedenengappi);
    }

    @Test
    void shouldReadWarekiAndSeirekiAndTakeTheBusinessDateWhenNoTodokedebiIsGiven() {
        TodokedeHizuke h = TodokedeHizuke.of(request("令和8年4月1日", null), TODAY, "届け出られません");
        assertThat(h.idobi()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(h.todokedebi()).isEqualTo(TODAY);
        TodokedeHizuke s = TodokedeHizuke.of(request("2026-04-10", " 2026-04-09 "), TODAY, "届け出られません");
        assertThat(s.idobi()).isEqualTo(TODAY);
        assertThat(s.todokedebi()).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void shouldRefuseADateAfterTheBusinessDateNamingTheField() {
        assertThatThrownBy(() -> TodokedeHizuke.of(request("2026-04-11", null), TODAY, "届け出られません"))
                .isInstanceOf(RuleViolationException.class).hasMessage("業務日付 2026-04-10 より後の日付は届け出られません")
                .satisfies(e -> assertThat(((RuleViolationException) e).violations().get(0).field()).isEqualTo("idonengappi"));
        assertThatThrownBy(() -> TodokedeHizuke.of(request("2026-04-01", "2026-04-11"), TODAY, "記録できません"))
                .hasMessage("業務日付 2026-04-10 より後の日付は記録できません")
                .satisfies(e -> assertThat(((RuleViolationException) e).violations().get(0).field()).isEqualTo("todokedenengappi"));
    }

    @Test
    void shouldRefuseADayTheCalendarDoesNotHave() {
        assertThatThrownBy(() -> TodokedeHizuke.date("2026-02-30", "kijunbi"))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("「2026-02-30」は暦に存在しない日付です（")
                .satisfies(e -> assertThat(((RuleViolationException) e).violations().get(0).field()).isEqualTo("kijunbi"));
        assertThatThrownBy(() -> TodokedeHizuke.date("令和8年2月30日", "idonengappi")).isInstanceOf(RuleViolationException.class);
    }
}
