package jp.kikan.jumin.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import jp.kikan.jumin.application.shien.ShienSochi;
import org.junit.jupiter.api.Test;

/** A measure blocks exactly the processes it names, and one stored before the exact check still blocks. */
class ShienSochiTaishoTest {

    private static ShienSochi measure(Set<String> taisho) {
        return new ShienSochi(UUID.randomUUID(), "1", LocalDate.of(2024, 1, 1), null, null, taisho, null);
    }

    @Test
    void shouldRefuseToHoldAProcessItCannotBlock() {
        assertThatThrownBy(() -> measure(Set.of(" hakko "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> measure(Set.of("HAKKO"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> measure(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldBlockIssuanceWhenAPaddedNameWasStoredBeforeTheExactCheck() {
        ShienSochi legacy = measure(JdbcShienSochiRepository.taisho(" hakko ,shokai"));
        assertThat(legacy.blocks(ShienSochi.HAKKO, LocalDate.of(2024, 6, 1))).isTrue();
        assertThat(legacy.taisho()).containsExactly("hakko", "shokai");
    }
}
